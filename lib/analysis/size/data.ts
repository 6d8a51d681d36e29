/**
 * The facts the estimator reads, loaded as JSON modules (no file system access, so the library stays
 * browser-safe) and indexed once on first use. See data/SOURCE.md for where each file comes from.
 *
 * The Debian package table is about 4.6 MB: import the size estimator from server code only (the web app
 * asks the server for reviews), so it never lands in a browser bundle.
 */
import basePackagesJson from "./data/base-image-packages.json";
import baseImagesJson from "./data/base-images.json";
import debianJson from "./data/debian-bookworm-packages.json";

export interface BaseImageRecord {
  image: string;
  tag: string | null;
  osFamily: string;
  osRelease: string | null;
  compressedBytes: number | null;
  uncompressedBytes: number | null;
  approxBytes?: number;
  layers: { bytes: number; role: string | null }[];
  versions: Record<string, string>;
  composition?: { parent: string | null; debPackages: string[]; extra: string | null };
  dataDate: string | null;
  source: string;
}

export interface DebianPackage {
  name: string;
  installedBytes: number;
  debBytes: number;
  depends: string[];
  recommends: string[];
  essential: boolean;
}

export interface DebianIndex {
  get(name: string): DebianPackage | undefined;
  /** Real packages providing a virtual name, in the archive's order. */
  providers(virtual: string): string[];
  essential: readonly string[];
}

interface DebianJson {
  names: string;
  installedKiB: number[];
  debBytes: number[];
  depends: string[];
  recommends: Record<string, string>;
  essential: string[];
  provides: Record<string, string>;
}

function buildDebianIndex(json: DebianJson): DebianIndex {
  const names = json.names.split(" ");
  const decode = (list: string | undefined): string[] =>
    list ? list.split(" ").map((token) => (/^[0-9a-f]+$/.test(token) ? names[parseInt(token, 16)] ?? token : token)) : [];
  const positions = new Map(names.map((name, i) => [name, i]));
  const cache = new Map<string, DebianPackage>();
  const essential = new Set(json.essential);
  return {
    get(name) {
      const cached = cache.get(name);
      if (cached) return cached;
      const i = positions.get(name);
      if (i === undefined) return undefined;
      const entry: DebianPackage = {
        name,
        installedBytes: (json.installedKiB[i] ?? 0) * 1024,
        debBytes: json.debBytes[i] ?? 0,
        depends: decode(json.depends[i]),
        recommends: decode(json.recommends[i.toString(16)]),
        essential: essential.has(name),
      };
      cache.set(name, entry);
      return entry;
    },
    providers: (virtual) => json.provides[virtual]?.split(" ") ?? [],
    essential: json.essential,
  };
}

let debianIndex: DebianIndex | undefined;

/** The Debian bookworm amd64 package table, indexed on first use and kept for the process. */
export function debianPackages(): DebianIndex {
  debianIndex ??= buildDebianIndex(debianJson as DebianJson);
  return debianIndex;
}

export const BASE_IMAGES = baseImagesJson as BaseImageRecord[];

/** dpkg packages installed in some images, keyed "image:tag". */
export const BASE_IMAGE_PACKAGES = basePackagesJson as Record<string, { source: string; uncompressedBytes: number; packages: string[] }>;
