import { isDockerHub, isWindowsImage, parseImageReference } from "../dockerfile/image";
import { bytes, scaleRange, ZERO } from "./bytes";
import { aptClosure } from "./debian";
import { baseImagePackages, baseImageRecords, baseImages, debianPackages, type BaseImageRecord, type DebianRelease } from "./data";
import { APT, BASE_UNCOMPRESSED_RATIO, BUILDPACK_DEPS, RUNTIMES, type RuntimeTable } from "./heuristics";
import type { BaseEstimate, ByteRange } from "./types";

export type OsFamily = "debian" | "ubuntu" | "alpine" | "distroless" | "scratch" | "other";

/** A base image as the estimator needs it: sizes, the OS family, and (for dpkg images) the packages in it. */
export interface ResolvedBase {
  estimate: BaseEstimate;
  osFamily: OsFamily;
  /** dpkg packages already installed, when known; apt estimates count only new ones. */
  packages: ReadonlySet<string>;
  /**
   * What apt installs are counted over: the dpkg packages, or on a base without dpkg (Alpine, scratch: an apt-get
   * there is a mistake, or a comparison with another base) those of Debian's slim image, so that an install counts
   * the packages it asks for and not Debian's C library and core again (and installs as on that image, `slimInstalls`).
   */
  aptBaseline: ReadonlySet<string>;
  /** Its dpkg leaves documentation, man pages and translations out of installs (Debian's slim images and those built on them). */
  slimInstalls: boolean;
  /**
   * The Debian release whose package table apt installs are read from: the image's own (bullseye and older read
   * bookworm's); Ubuntu 24.04 and later trixie's (the same generation: 64-bit time library names, gcc 14), older
   * Ubuntu bookworm's; a base without dpkg, and an unknown image that names no release, bookworm's.
   */
  release: DebianRelease;
  /** The record the numbers come from (undefined for unknown images and scratch). */
  record?: BaseImageRecord;
}

interface Reference {
  name: string;
  tag: string | undefined;
}

/**
 * A reference as the size data names images: Docker Hub's registry and `library/` dropped, lower-cased, digest
 * ignored (`docker.io/library/node:20-slim@sha256:…` → `node`, `20-slim`). Parsed by the model's `image.ts`.
 */
export function baseReference(text: string): Reference {
  // A tag the file leaves unknown (`node:${NODE_VERSION}-alpine`) reads as `latest`: the image is still known.
  const trimmed = text.trim();
  const tagAt = trimmed.lastIndexOf(":") > trimmed.lastIndexOf("/") ? trimmed.lastIndexOf(":") : trimmed.length;
  const image = parseImageReference(trimmed.slice(0, tagAt) + trimmed.slice(tagAt).replace(/\$\{[^}]*\}|\$[A-Za-z_][A-Za-z0-9_]*/g, "latest"));
  if (!image) return { name: text.trim().toLowerCase(), tag: undefined };
  const repository = image.repository.toLowerCase().replace(/^library\//, "");
  return {
    name: isDockerHub(image.registry) ? repository : `${image.registry!.toLowerCase()}/${repository}`,
    tag: image.tag?.toLowerCase(),
  };
}

const DEBIAN_CODENAMES: Record<string, string> = { "10": "buster", "11": "bullseye", "12": "bookworm", "13": "trixie" };
const UBUNTU_CODENAMES: Record<string, string> = { focal: "20.04", jammy: "22.04", noble: "24.04" };

/** The variant class of a tag: alpine, slim or the full default. */
function variantOf(tag: string): "alpine" | "slim" | "full" {
  if (/alpine/.test(tag)) return "alpine";
  if (/slim/.test(tag)) return "slim";
  return "full";
}

function versionOf(tag: string): number[] | undefined {
  const match = /^v?(\d+(?:\.\d+)*)/.exec(tag);
  return match ? match[1]!.split(".").map(Number) : undefined;
}

function codenameOf(tag: string): string | undefined {
  return /(buster|bullseye|bookworm|trixie|focal|jammy|noble)/.exec(tag)?.[1];
}

/** Normalises tags that name the same thing: `debian:12-slim` → `bookworm-slim`, `ubuntu:jammy` → `22.04`. */
function canonicalTag(name: string, tag: string): string {
  if (name === "debian") return tag.replace(/^(\d+)(\.\d+)*/, (_m, major: string) => DEBIAN_CODENAMES[major] ?? major);
  if (name === "ubuntu") return UBUNTU_CODENAMES[tag.split("-")[0]!] ?? tag;
  return tag;
}

/**
 * The words of a tag that name what the image holds, beyond its version, release and slim/alpine variant:
 * `trixie-scm` → scm, `21-jdk-jammy` → jdk. `buildpack-deps:trixie-scm` is a third of `buildpack-deps:trixie`.
 */
function flavoursOf(tag: string): Set<string> {
  return new Set(tag.split(/[-_]/).filter((word) => /^[a-z]+$/.test(word) && word !== "latest" && variantOf(word) === "full" && !codenameOf(word)));
}

/** Distance between a wanted tag and a known one: variant first, then flavour, then OS release, then version. */
function tagDistance(wanted: string, known: string): number {
  let distance = variantOf(wanted) === variantOf(known) ? 0 : 1000;
  const knownFlavours = flavoursOf(known);
  const wantedFlavours = flavoursOf(wanted);
  for (const flavour of wantedFlavours) if (!knownFlavours.has(flavour)) distance += 500;
  for (const flavour of knownFlavours) if (!wantedFlavours.has(flavour)) distance += 500;
  const wantedCode = codenameOf(wanted);
  const knownCode = codenameOf(known);
  if (wantedCode && knownCode && wantedCode !== knownCode) distance += 100;
  const a = versionOf(wanted);
  const b = versionOf(known);
  if (a && b) distance += Math.abs((a[0] ?? 0) - (b[0] ?? 0)) * 10 + Math.min(9, Math.abs((a[1] ?? 0) - (b[1] ?? 0)));
  else if (a || b) distance += 50;
  if (wanted === "latest" && known !== "latest") distance += 5;
  return distance;
}

function recordName(record: BaseImageRecord): string {
  return record.tag ? `${record.image}:${record.tag}` : record.image;
}

/**
 * The known record nearest to a reference of the same image on the same C library: an Alpine tag is never sized as
 * a Debian one (`php:8.4-cli-alpine` is a fifth of `php:cli`), nor the other way round. Undefined when none is known.
 */
function nearestRecord(reference: Reference): BaseImageRecord | undefined {
  const tag = canonicalTag(reference.name, reference.tag ?? "latest");
  // The size data holds Linux images only: a Windows tag (`golang:windowsservercore`) is no Linux image's size.
  if (isWindowsImage(tag)) return undefined;
  const alpine = variantOf(tag) === "alpine";
  const candidates = baseImageRecords(reference.name).filter((record) => (variantOf(record.tag ?? "latest") === "alpine") === alpine);
  if (candidates.length === 0) return undefined;
  let best = candidates[0]!;
  let bestDistance = Infinity;
  for (const record of candidates) {
    const distance = record.tag === tag ? -1 : tagDistance(tag, record.tag ?? "latest");
    if (distance < bestDistance) {
      best = record;
      bestDistance = distance;
    }
  }
  return best;
}

/** Distroless images of other versions or languages map onto the nearest listed one (`nodejs20-debian12` → `nodejs22-debian13`). */
function nearestDistroless(name: string): BaseImageRecord | undefined {
  const kind = /distroless\/([a-z]+)/.exec(name)?.[1];
  const family = baseImages().filter((record) => record.osFamily === "distroless");
  const sameKind = family.filter((record) => /distroless\/([a-z]+)/.exec(record.image)?.[1] === kind);
  const wantedDebian = /debian(\d+)/.exec(name)?.[1];
  return sameKind.find((record) => record.image.endsWith(`debian${wantedDebian}`)) ?? sameKind[0];
}

const packageSetCache = new Map<string, Set<string>>();

function installedClosure(key: string, release: DebianRelease, base: ReadonlySet<string>, packages: string[]): Set<string> {
  const cached = packageSetCache.get(key);
  if (cached) return cached;
  const selection = aptClosure(debianPackages(release), packages, { recommends: false, installed: base });
  const result = new Set([...base, ...selection.packages]);
  packageSetCache.set(key, result);
  return result;
}

/** The packages listed for an image. */
function listedPackages(image: string): Set<string> {
  const key = `listed ${image}`;
  let listed = packageSetCache.get(key);
  if (!listed) {
    listed = new Set(baseImagePackages(image)?.packages ?? []);
    packageSetCache.set(key, listed);
  }
  return listed;
}

/** The package table of a Debian release: trixie's for trixie, bookworm's for bookworm and the releases before it. */
function tableOf(release: string | null | undefined): DebianRelease {
  return release === "trixie" ? "trixie" : "bookworm";
}

/** The Debian release a base is built on: the codename its tag names, else its record's. */
function debianRelease(reference: Reference, record: BaseImageRecord | undefined): DebianRelease {
  return tableOf(codenameOf(reference.tag ?? "") ?? record?.osRelease);
}

/** The Ubuntu release a base is built on, as the listed images name it: 22.04 for 22.04 and older, else 24.04. */
function ubuntuRelease(reference: Reference, record: BaseImageRecord | undefined): "22.04" | "24.04" {
  const release = record?.osRelease ?? UBUNTU_CODENAMES[codenameOf(reference.tag ?? "") ?? ""] ?? canonicalTag("ubuntu", reference.tag ?? "24.04");
  return release.startsWith("22") || release.startsWith("20") ? "22.04" : "24.04";
}

/** The package table apt installs on a base read (`ResolvedBase.release`). */
function packageRelease(reference: Reference, record: BaseImageRecord | undefined, osFamily: OsFamily): DebianRelease {
  if (osFamily === "ubuntu") return ubuntuRelease(reference, record) === "22.04" ? "bookworm" : "trixie";
  if (osFamily === "distroless") return tableOf(record?.osRelease);
  return osFamily === "debian" ? debianRelease(reference, record) : "bookworm";
}

/** Official images whose full (not slim) variants are built on buildpack-deps. */
const BUILDPACK_IMAGES = new Set(["buildpack-deps", "node", "python", "ruby", "golang", "rust", "perl", "openjdk", "gcc", "haskell", "erlang", "elixir"]);

/** The dpkg packages of a Debian or Ubuntu base: listed, derived from its Dockerfile recipe, or nearest listed. */
function basePackages(reference: Reference, record: BaseImageRecord | undefined, osFamily: OsFamily): Set<string> {
  if (osFamily === "ubuntu") return listedPackages(`ubuntu:${ubuntuRelease(reference, record)}`);
  if (osFamily !== "debian") return new Set();
  const tag = reference.tag ?? "latest";
  if (baseImagePackages(`${reference.name}:${tag}`)) return listedPackages(`${reference.name}:${tag}`);
  const release = debianRelease(reference, record);
  // Debian's slim and full images hold the same packages (slim drops their documentation).
  const debian = listedPackages(`debian:${release}-slim`);
  if (variantOf(tag) === "slim") {
    // python's slim images add ca-certificates, netbase and tzdata to Debian's (the trixie-based one is listed).
    if (reference.name === "python") {
      return release === "trixie" ? listedPackages("python:3.12-slim") : installedClosure("python-slim-bookworm", release, debian, ["ca-certificates", "netbase", "tzdata"]);
    }
    return reference.name === "node" && release === "bookworm" ? listedPackages("node:20-bookworm-slim") : debian;
  }
  // Service images (nginx, php, httpd, redis, postgres…) build on debian's slim image, not on buildpack-deps.
  if (reference.name === "debian" || !BUILDPACK_IMAGES.has(reference.name)) return debian;
  // Language images (node, python, ruby, golang, …) build on buildpack-deps: curl, scm, then the full set.
  const level = reference.name === "buildpack-deps" ? (/curl/.test(tag) ? 1 : /scm/.test(tag) ? 2 : 3) : reference.name === "golang" ? 2 : 3;
  const wanted = [BUILDPACK_DEPS.curl, BUILDPACK_DEPS.scm, BUILDPACK_DEPS.full].slice(0, level).flat();
  return installedClosure(`buildpack-deps-${release}-${level}`, release, debian, wanted);
}

function familyOf(record: BaseImageRecord | undefined, reference: Reference): OsFamily {
  const family = record?.osFamily ?? (/alpine/.test(reference.tag ?? "") ? "alpine" : "other");
  return (["debian", "ubuntu", "alpine", "distroless", "scratch"] as const).find((f) => f === family) ?? "other";
}

/** Sizes a distroless image from its packages (its Debian release's data) plus its parent and extras. */
function distrolessSize(record: BaseImageRecord): { uncompressed: number; compressed: number; packages: Set<string> } {
  const index = debianPackages(tableOf(record.osRelease));
  const parent = record.composition?.parent ? baseImageRecords(record.composition.parent)[0] : undefined;
  const inherited = parent ? distrolessSize(parent) : { uncompressed: 0, compressed: 0, packages: new Set<string>() };
  let uncompressed = inherited.uncompressed;
  let compressed = inherited.compressed;
  const packages = new Set(inherited.packages);
  for (const name of record.composition?.debPackages ?? []) {
    const entry = index.get(name);
    if (!entry || packages.has(entry.name)) continue;
    packages.add(entry.name);
    uncompressed += entry.installedBytes;
    compressed += entry.layer?.gzipBytes ?? entry.debBytes * APT.debToLayerFactor;
  }
  const extra = record.composition?.extra ?? "";
  const runtime = /Node\.js (\d+)/.exec(extra) ? { table: RUNTIMES.node!, version: /Node\.js (\d+)/.exec(extra)![1]! }
    : /Temurin (\d+)/.exec(extra) ? { table: RUNTIMES.java!, version: /Temurin (\d+)/.exec(extra)![1]! } : undefined;
  if (runtime) {
    const size = runtimeSize(runtime.table, runtime.version);
    uncompressed += size.uncompressed;
    compressed += size.compressed;
  }
  return { uncompressed, compressed, packages };
}

/** A version's parts as numbers (`"1.20"` → [1, 20]), so that 1.20 comes after 1.19 and 3.10 after 3.9. */
function versionParts(version: string): number[] {
  return version.split(".").map((part) => Number.parseInt(part, 10) || 0);
}

function compareVersions(a: string, b: string): number {
  const [left, right] = [versionParts(a), versionParts(b)];
  for (let i = 0; i < Math.max(left.length, right.length); i++) if ((left[i] ?? 0) !== (right[i] ?? 0)) return (left[i] ?? 0) - (right[i] ?? 0);
  return 0;
}

/**
 * The compressed and on-disk size of a runtime tarball: of the oldest known version not older than `version` (later
 * releases package alike: Go dropped its precompiled `pkg/` in 1.20), else of the newest known.
 */
export function runtimeSize(table: RuntimeTable, version: string): { compressed: number; uncompressed: number; version: string } {
  const known = table.versions.find((entry) => compareVersions(entry.version, version) >= 0) ?? table.versions.at(-1)!;
  return { compressed: known.compressed, uncompressed: known.compressed * table.ratio, version: known.version };
}

/** How much a size published for the tag may differ from the image actually pulled (tags move). */
const PUBLISHED_SPREAD = { low: 0.95, high: 1.08 };

function sizedRecord(record: BaseImageRecord): { uncompressed: ByteRange; compressed: ByteRange; note?: string } {
  if (record.osFamily === "distroless") {
    const size = distrolessSize(record);
    return {
      uncompressed: bytes(size.uncompressed, size.uncompressed * 0.85, size.uncompressed * 1.25),
      compressed: bytes(size.compressed, size.compressed * 0.8, size.compressed * 1.3),
      note: "sized from its package composition (plus the files it adds)",
    };
  }
  const compressedBytes = record.compressedBytes ?? 0;
  const compressed = bytes(compressedBytes, compressedBytes * PUBLISHED_SPREAD.low, compressedBytes * PUBLISHED_SPREAD.high);
  if (record.uncompressedBytes) {
    const u = record.uncompressedBytes;
    return { compressed, uncompressed: bytes(u, u * PUBLISHED_SPREAD.low, u * PUBLISHED_SPREAD.high) };
  }
  return {
    compressed,
    uncompressed: scaleRange(compressed, BASE_UNCOMPRESSED_RATIO.estimate, BASE_UNCOMPRESSED_RATIO.low, BASE_UNCOMPRESSED_RATIO.high),
    note: "on-disk size estimated from the published compressed size",
  };
}

/** Why an image is sized by a guess: it is unknown, or only its variants on the other C library are known. */
function unknownNote(reference: Reference): string {
  const known = baseImageRecords(reference.name);
  if (known.length === 0) return `${reference.name} is not in the size data`;
  const alpine = variantOf(reference.tag ?? "latest") === "alpine";
  return `${reference.name}:${reference.tag ?? "latest"} is not in the size data, and no ${alpine ? "Alpine" : "glibc (Debian or Ubuntu)"} variant of ${reference.name} is`;
}

/** A JDK or a JRE: the same image can ship either, some hundred megabytes apart. */
function javaFlavourOf(tag: string): "jdk" | "jre" | undefined {
  return /jre/.test(tag) ? "jre" : /jdk/.test(tag) ? "jdk" : undefined;
}

/**
 * Sizes an image by the nearest known record of it. A full tag of a language image whose slim variant alone is known
 * is buildpack-deps plus what the slim variant adds to debian's slim image (the full variants are built that way).
 * Another variant (full or slim, JDK or JRE) widens the range, and so does another tag of the same variant.
 */
function sizedNearest(reference: Reference, record: BaseImageRecord): { uncompressed: ByteRange; compressed: ByteRange; note?: string } {
  const wanted = canonicalTag(reference.name, reference.tag ?? "latest");
  const known = record.tag ?? "latest";
  if (variantOf(wanted) === "full" && variantOf(known) === "slim" && BUILDPACK_IMAGES.has(reference.name)) {
    const release = tableOf(record.osRelease);
    const buildpack = baseImageRecords("buildpack-deps").find((candidate) => candidate.tag === release);
    const slimDebian = baseImageRecords("debian").find((candidate) => candidate.tag === `${release}-slim`);
    if (buildpack?.compressedBytes && slimDebian?.compressedBytes && record.compressedBytes) {
      const compressedBytes = buildpack.compressedBytes + Math.max(0, record.compressedBytes - slimDebian.compressedBytes);
      const compressed = bytes(compressedBytes, compressedBytes * 0.8, compressedBytes * 1.3);
      return {
        compressed,
        uncompressed: scaleRange(compressed, BASE_UNCOMPRESSED_RATIO.estimate, BASE_UNCOMPRESSED_RATIO.low, BASE_UNCOMPRESSED_RATIO.high),
        note: `sized as buildpack-deps:${release} plus what ${recordName(record)} adds to debian:${release}-slim`,
      };
    }
  }
  const sized = sizedRecord(record);
  const otherVariant = variantOf(wanted) !== variantOf(known) || javaFlavourOf(wanted) !== javaFlavourOf(known);
  const [low, high] = otherVariant ? [0.5, 2] : [0.8, 1.3];
  const widen = (range: ByteRange) => bytes(range.estimate, Math.min(range.low, range.estimate * low), Math.max(range.high, range.estimate * high));
  return { ...sized, compressed: widen(sized.compressed), uncompressed: widen(sized.uncompressed) };
}

/** An image nobody published sizes for: a wide range, stated. */
const UNKNOWN_BASE = { alpine: { compressed: 40e6, low: 5e6, high: 200e6 }, other: { compressed: 150e6, low: 30e6, high: 600e6 } };

/**
 * Windows images, which the size data does not hold. Server Core from Microsoft's figures for Windows Server 2004
 * (1.856 GB to download, 4.05 GB on disk; 1909: 2.257 GB and 4.97 GB), widened for later releases and for images
 * built on it (`golang:windowsservercore`); Nano Server, roughly a twentieth of it, is a guess with a wide range.
 */
const WINDOWS_BASE = {
  nanoserver: { assumed: "Nano Server, roughly a twentieth of Server Core (a guess)", compressed: bytes(120e6, 80e6, 400e6), uncompressed: bytes(300e6, 200e6, 1e9) },
  servercore: {
    assumed: "Windows Server Core as Microsoft published it for Windows Server 2004, widened for later releases",
    compressed: bytes(1.9e9, 1.4e9, 3.5e9),
    uncompressed: bytes(4.1e9, 3e9, 8e9),
  },
};

function windowsBase(referenceText: string): BaseEstimate {
  const kind = /nanoserver/i.test(referenceText) ? WINDOWS_BASE.nanoserver : WINDOWS_BASE.servercore;
  return {
    reference: referenceText,
    note: `Windows images are not in the size data: assumed ${kind.assumed}`,
    compressedBytes: kind.compressed,
    uncompressedBytes: kind.uncompressed,
  };
}

const resolved = new Map<string, ResolvedBase>();
let resolvedFrom: readonly BaseImageRecord[] | undefined;

/**
 * Resolves a FROM reference (not a stage) to its size and contents; once per reference (and size data). `runsApt`
 * says that the file runs apt on the image (in its stage or one built on it): an image the data does not know is
 * then Debian or Ubuntu.
 */
export function resolveBase(referenceText: string, runsApt = false): ResolvedBase {
  if (resolvedFrom !== baseImages()) {
    resolved.clear();
    resolvedFrom = baseImages();
  }
  const key = runsApt ? `${referenceText}\u0000apt` : referenceText;
  let base = resolved.get(key);
  if (!base) {
    base = withAptInstalls(resolveUncached(referenceText, runsApt));
    resolved.set(key, base);
  }
  return base;
}

/** True when resolving the image could use knowing whether the file runs apt on it (`resolveBase`'s `runsApt`). */
export function isUnknownImage(referenceText: string): boolean {
  const base = resolveBase(referenceText);
  return !base.record && base.osFamily === "other";
}

/**
 * The OS of an image the data does not know, by what the reference names (an Ubuntu or Debian codename, or the OS
 * itself: `…:v1.62.1-noble`, `…/baseimage-ubuntu`) or else by apt being run on it; with why.
 */
function inferredFamily(reference: Reference, runsApt: boolean): { osFamily: "debian" | "ubuntu"; why: string } | undefined {
  const named = codenameOf(reference.tag ?? "") ?? /\b(ubuntu|debian)\b/.exec(reference.name)?.[1];
  if (named) return { osFamily: named === "ubuntu" || named in UBUNTU_CODENAMES ? "ubuntu" : "debian", why: `its reference names ${named}` };
  return runsApt ? { osFamily: "debian", why: "the file runs apt on it" } : undefined;
}

/** The base with what apt installs are counted over: on a base without dpkg, as if on Debian's slim image. */
function withAptInstalls(base: Omit<ResolvedBase, "aptBaseline">): ResolvedBase {
  const dpkg = base.osFamily === "debian" || base.osFamily === "ubuntu" || base.osFamily === "distroless";
  return dpkg ? { ...base, aptBaseline: base.packages } : { ...base, aptBaseline: listedPackages("debian:bookworm-slim"), slimInstalls: true, release: "bookworm" };
}

/**
 * Whether a known image's installs leave documentation out (debuerreotype's slim variants configure dpkg so): Debian's
 * slim tags and the official images built on them (service images: nginx, php, httpd…); not Debian's full tags, nor
 * the language images' full tags (built on buildpack-deps). Not Ubuntu: the one Ubuntu-based image measured
 * (eclipse-temurin:21-jre, on ubuntu:26.04) installs as if it kept them. An unknown image keeps them (the larger guess).
 */
function leavesOutDocs(reference: Reference, osFamily: OsFamily): boolean {
  if (osFamily !== "debian") return false;
  if (variantOf(reference.tag ?? "latest") === "slim") return true;
  return reference.name !== "debian" && reference.name !== "buildpack-deps" && !BUILDPACK_IMAGES.has(reference.name);
}

function resolveUncached(referenceText: string, runsApt: boolean): Omit<ResolvedBase, "aptBaseline"> {
  const reference = baseReference(referenceText);
  if (reference.name === "scratch") {
    return { estimate: { reference: referenceText, uncompressedBytes: ZERO, compressedBytes: ZERO, note: "scratch is empty" }, osFamily: "scratch", packages: new Set(), slimInstalls: false, release: "bookworm" };
  }
  const record = reference.name.includes("distroless/") ? baseImageRecords(reference.name)[0] ?? nearestDistroless(reference.name) : nearestRecord(reference);
  const osFamily = familyOf(record, reference);
  if (!record && isWindowsImage(referenceText)) return { estimate: windowsBase(referenceText), osFamily: "other", packages: new Set(), slimInstalls: false, release: "bookworm" };
  if (!record) {
    const guess = osFamily === "alpine" ? UNKNOWN_BASE.alpine : UNKNOWN_BASE.other;
    const compressed = bytes(guess.compressed, guess.low, guess.high);
    const inferred = osFamily === "other" ? inferredFamily(reference, runsApt) : undefined;
    const packages = inferred ? basePackages(reference, undefined, inferred.osFamily) : new Set<string>();
    const release = packageRelease(reference, undefined, inferred?.osFamily ?? osFamily);
    const like = inferred?.osFamily === "ubuntu" ? `ubuntu:${ubuntuRelease(reference, undefined)}` : `debian:${release}-slim`;
    const packagesNote = inferred && `${inferred.osFamily === "ubuntu" ? "Ubuntu" : "Debian"}-based since ${inferred.why}, with the packages of ${like}`;
    return {
      estimate: {
        reference: referenceText,
        note: `${unknownNote(reference)}: assumed ${osFamily === "alpine" ? "an Alpine-based" : "a typical"} image${packagesNote ? `, ${packagesNote}` : ""}`,
        compressedBytes: compressed,
        uncompressedBytes: scaleRange(compressed, BASE_UNCOMPRESSED_RATIO.estimate, BASE_UNCOMPRESSED_RATIO.low, BASE_UNCOMPRESSED_RATIO.high),
      },
      osFamily: inferred?.osFamily ?? osFamily,
      packages,
      slimInstalls: false,
      release,
    };
  }
  const exact = record.image === reference.name && (record.tag ?? "latest") === canonicalTag(reference.name, reference.tag ?? "latest");
  const sized = exact ? sizedRecord(record) : sizedNearest(reference, record);
  const notes = [
    exact ? undefined : `${reference.name}:${reference.tag ?? "latest"} is not in the size data; nearest known: ${recordName(record)}`,
    sized.note,
  ].filter(Boolean);
  return {
    estimate: {
      reference: referenceText,
      ...(exact ? {} : { matched: recordName(record) }),
      ...(notes.length ? { note: notes.join("; ") } : {}),
      uncompressedBytes: sized.uncompressed,
      compressedBytes: sized.compressed,
    },
    osFamily,
    packages: osFamily === "distroless" ? distrolessSize(record).packages : basePackages(reference, record, osFamily),
    slimInstalls: leavesOutDocs(reference, osFamily),
    release: packageRelease(reference, record, osFamily),
    record,
  };
}
