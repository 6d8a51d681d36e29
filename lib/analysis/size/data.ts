/**
 * The facts the estimator reads. They are provided by `bundled-data.ts` (JSON modules, no file system
 * access), which server entry points (the CLI, the API routes) import: browser code (a bundle
 * showing rule docs) does not pull in the Debian tables (4.6 and 5.6 MB). Indexed once on first use.
 * See data/SOURCE.md for where each file comes from.
 */

import { lookupTable } from "../lookup";

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
  /**
   * It ships Python modules, which its maintainer scripts byte-compile when it is installed (py3compile): the .pyc
   * files are not in its Installed-Size. Told by what every such package has: a dependency on python3, or the
   * interpreter's own library packages; not development, documentation or debug packages.
   */
  pythonModules: boolean;
  /** What it adds to a layer, when measured (scripts/measure-debian-gzip.sh). */
  layer: MeasuredLayer | undefined;
}

/** A package's files in a layer, measured: gzipped, and as Debian's slim images install them (no docs, man pages, translations). */
export interface MeasuredLayer {
  gzipBytes: number;
  slimGzipBytes: number;
  /** The bytes of the files slim images leave out. */
  slimLeftOutBytes: number;
}

export interface DebianIndex {
  get(name: string): DebianPackage | undefined;
  /** Real packages providing a virtual name, in the archive's order. */
  providers(virtual: string): string[];
  essential: readonly string[];
}

export interface DebianJson {
  names: string;
  installedKiB: number[];
  debBytes: number[];
  depends: string[];
  recommends: Record<string, string>;
  essential: string[];
  provides: Record<string, string>;
  /** By hexadecimal index: gzipped bytes, gzipped bytes as slim images install it, bytes slim images leave out. */
  layerBytes: Record<string, [number, number, number]>;
}

function buildDebianIndex(json: DebianJson): DebianIndex {
  const names = json.names.split(" ");
  const decode = (list: string | undefined): string[] =>
    list ? list.split(" ").map((token) => (/^[0-9a-f]+$/.test(token) ? names[parseInt(token, 16)] ?? token : token)) : [];
  const positions = new Map(names.map((name, i) => [name, i]));
  const cache = new Map<string, DebianPackage>();
  const essential = new Set(json.essential);
  const holdsPythonModules = (name: string, depends: readonly string[]) =>
    !/-(dev|doc|dbg)$/.test(name) && (depends.includes("python3") || /^libpython3\.\d+-(minimal|stdlib)$/.test(name));
  return {
    get(name) {
      const cached = cache.get(name);
      if (cached) return cached;
      const i = positions.get(name);
      if (i === undefined) return undefined;
      const depends = decode(json.depends[i]);
      const measured = json.layerBytes[i.toString(16)];
      const entry: DebianPackage = {
        name,
        installedBytes: (json.installedKiB[i] ?? 0) * 1024,
        debBytes: json.debBytes[i] ?? 0,
        depends,
        recommends: decode(json.recommends[i.toString(16)]),
        essential: essential.has(name),
        pythonModules: holdsPythonModules(name, depends),
        layer: measured && { gzipBytes: measured[0], slimGzipBytes: measured[1], slimLeftOutBytes: measured[2] },
      };
      cache.set(name, entry);
      return entry;
    },
    // Names come from the reviewed file: `apt-get install constructor` must not find Object.prototype's.
    providers: (virtual) => (Object.hasOwn(json.provides, virtual) ? json.provides[virtual]!.split(" ") : []),
    essential: json.essential,
  };
}

/** The Debian releases whose package tables the estimate reads: 12 and 13. */
export type DebianRelease = "bookworm" | "trixie";

/** `[bytes, gzipped bytes]`. */
export type MeasuredBytes = readonly [number, number];

/**
 * npm packages measured from the registry (scripts/measure-npm-packages.mjs; data/SOURCE.md), without what install
 * scripts download: each of 75 installed alone with its dependencies, and those of 2 MB or more met in those installs on
 * their own, by version.
 */
export interface NpmPackages {
  installedAlone: Readonly<Record<string, MeasuredBytes | undefined>>;
  large: Readonly<Record<string, Readonly<Record<string, MeasuredBytes | undefined>> | undefined>>;
}

export interface SizeData {
  debian: Record<DebianRelease, DebianJson>;
  npm: NpmPackages;
  baseImages: BaseImageRecord[];
  /** dpkg packages installed in some images, keyed "image:tag". */
  basePackages: Record<string, { source: string; uncompressedBytes: number; packages: string[] }>;
}

const EMPTY_TABLE: DebianJson = { names: "", installedKiB: [], debBytes: [], depends: [], recommends: {}, essential: [], provides: {}, layerBytes: {} };

const EMPTY: SizeData = {
  debian: { bookworm: EMPTY_TABLE, trixie: EMPTY_TABLE },
  npm: { installedAlone: {}, large: {} },
  baseImages: [],
  basePackages: {},
};

let data: SizeData = EMPTY;
const debianIndexes = new Map<DebianRelease, DebianIndex>();
let recordsByImage: Map<string, BaseImageRecord[]> | undefined;
let npmTables: NpmPackages | undefined;

/** True once the data set is installed; the engine skips the estimate without it rather than guess. */
export function hasSizeData(): boolean {
  return data !== EMPTY;
}

/** Installs the data set (done once by bundled-data.ts). */
export function provideSizeData(provided: SizeData): void {
  data = provided;
  debianIndexes.clear();
  recordsByImage = undefined;
  npmTables = undefined;
}

/** A Debian release's amd64 package table, indexed on first use and kept for the process. */
export function debianPackages(release: DebianRelease): DebianIndex {
  let index = debianIndexes.get(release);
  if (!index) {
    index = buildDebianIndex(data.debian[release]);
    debianIndexes.set(release, index);
  }
  return index;
}

/** The measured npm packages, as lookup tables (names come from the reviewed files). */
export function npmPackages(): NpmPackages {
  npmTables ??= {
    installedAlone: lookupTable(data.npm.installedAlone),
    large: lookupTable(Object.fromEntries(Object.entries(data.npm.large).map(([name, versions]) => [name, lookupTable(versions ?? {})]))),
  };
  return npmTables;
}

export function baseImages(): readonly BaseImageRecord[] {
  return data.baseImages;
}

/** The base image records of one image (`node`, `gcr.io/distroless/static-debian12`), in the data's order. */
export function baseImageRecords(image: string): readonly BaseImageRecord[] {
  if (!recordsByImage) {
    recordsByImage = new Map();
    for (const record of data.baseImages) recordsByImage.set(record.image, [...(recordsByImage.get(record.image) ?? []), record]);
  }
  return recordsByImage.get(image) ?? [];
}

export function baseImagePackages(image: string): { source: string; uncompressedBytes: number; packages: string[] } | undefined {
  return data.basePackages[image];
}
