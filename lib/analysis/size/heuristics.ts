/**
 * Calibrated figures for what the package data cannot say, each with its range and where it comes from.
 * Ranges are deliberately wide: they are what the estimate states as its uncertainty.
 */
import { MB } from "./bytes";
import { lookupTable } from "../lookup";

/** A heuristic size: uncompressed bytes with a range, and the gzip ratio of that kind of content. */
export interface Heuristic {
  bytes: number;
  low: number;
  high: number;
  /** compressed / uncompressed for this kind of content. */
  ratio: number;
}

const h = (bytes: number, low: number, high: number, ratio: number): Heuristic => ({ bytes, low, high, ratio });

/**
 * apt. On disk: Installed-Size sums undercount what dpkg leaves (its database, debconf, generated files) by a few
 * percent. Compressed: what the packages' files gzip to, measured per package for the packages Dockerfiles install
 * most (scripts/measure-debian-gzip.sh; data/SOURCE.md), else their .deb bytes times the factor measured over those
 * packages (.deb archives are xz-compressed: a gzipped layer of the same files is larger), plus dpkg's records of
 * each package. Debian's slim images leave documentation, man pages and translations out of every install (dpkg
 * path-excludes): measured per package too, else the share measured over the measured ones.
 */
export const APT = {
  installedFactor: 1.04,
  /**
   * Gzipped layer bytes per .deb byte, over the measured packages: bookworm's 1,939 (1.43 GB of .debs) 1.425, trixie's
   * 2,291 (1.63 GB) 1.424; one factor serves both.
   */
  debToLayerFactor: 1.425,
  /**
   * The share of Installed-Size, and of gzipped bytes, that slim images leave out, over the measured packages
   * (bookworm's; trixie's: 0.067 and 0.104).
   */
  slimLeftOut: { installed: 0.063, gzip: 0.108 },
  /** dpkg's records of one package (file list, checksums, status), gzipped: measured on this machine's 825 packages. */
  dpkgRecordBytes: 5800,
  /** Spread around the closure estimate: versions and alternatives apt picks differ. */
  spread: { low: 0.85, high: 1.2 },
  /** Wider below for compressed bytes: a package not measured gzips to 0.89–1.46× its .deb (10th–90th percentile). */
  compressedSpread: { low: 0.65, high: 1.2 },
  /**
   * `apt-get update` lists by release (main + updates + security, stored lz4-compressed as Docker's Debian images
   * configure), measured here: bookworm's on this machine's container, 19.9 MB on disk, 15.3 MB gzipped; trixie's
   * fetched into a separate apt directory on 2026-11-27, 21.7 MB, 16.7 MB gzipped.
   */
  debianLists: { bookworm: h(19.9 * MB, 18 * MB, 24 * MB, 0.77), trixie: h(21.7 * MB, 19.5 * MB, 26 * MB, 0.77) },
  /** Ubuntu indexes (main, universe, …) are larger; not measured, stated as an assumption. */
  ubuntuLists: h(45 * MB, 30 * MB, 65 * MB, 0.77),
  /**
   * Python bytecode that installing a package with Python modules writes (its maintainer scripts byte-compile them;
   * the .pyc files are not in Installed-Size), as a share of the packages' Installed-Size, and how it gzips. Measured
   * here on six bookworm packages (libpython3.11-minimal and -stdlib, mercurial-common, python3-pip, -setuptools,
   * -yaml; 38.7 MB installed), extracted and compiled with Python 3.11: 32.8 MB of .pyc, 0.85 of Installed-Size
   * (0.59 for python3-yaml's C extension to 1.16 for setuptools), gzipped to 0.38.
   */
  compiledPython: { share: 0.85, ratio: 0.38 },
  /** Share of a RUN's packages left after `apt-mark auto` + `purge --auto-remove` (runtime libraries kept). */
  purgedRemainder: { estimate: 0.03, low: 0, high: 0.15 },
};

/** Alpine packages are small and have few dependencies; sizes include their typical dependencies. */
export const APK = {
  perPackage: h(2 * MB, 0.3 * MB, 8 * MB, 0.45),
  known: lookupTable<number>({
    "build-base": 230 * MB, gcc: 140 * MB, "g++": 170 * MB, clang: 300 * MB, python3: 45 * MB, "py3-pip": 15 * MB,
    nodejs: 70 * MB, npm: 15 * MB, git: 15 * MB, openjdk17: 330 * MB, openjdk21: 340 * MB, "openjdk17-jre": 190 * MB,
    "openjdk21-jre": 200 * MB, ruby: 30 * MB, go: 250 * MB, rust: 500 * MB, cargo: 30 * MB, bash: 2 * MB, curl: 3 * MB,
    "ca-certificates": 0.7 * MB, tzdata: 3.5 * MB, openssl: 2 * MB, make: 0.3 * MB, "musl-dev": 10 * MB, "linux-headers": 9 * MB,
    "postgresql-client": 10 * MB, imagemagick: 50 * MB, ffmpeg: 90 * MB, chromium: 350 * MB, "su-exec": 0.02 * MB, tini: 0.03 * MB,
  }),
  /**
   * Families sized like the member the table knows: other Java versions like 17 (Alpine's openjdk8 to openjdk25 are
   * all JDKs or JREs of a few hundred MB), and `-headless`/`-base` JREs like the full one.
   */
  families: [
    { pattern: /^openjdk\d+-jre(-headless|-base)?$/, like: "openjdk17-jre" },
    { pattern: /^openjdk\d+(-jdk)?$/, like: "openjdk17" },
  ],
  /** APKINDEX files `apk add` without `--no-cache` leaves in /var/cache/apk (main + community). */
  indexCache: h(2.6 * MB, 2 * MB, 3.5 * MB, 0.98),
};

/** dnf/yum/microdnf: RPM closures are unknown here. */
export const DNF = {
  perPackage: h(8 * MB, 1 * MB, 40 * MB, 0.4),
  /** Repository metadata left in /var/cache/dnf (or yum) without `clean all`. */
  metadataCache: h(60 * MB, 20 * MB, 150 * MB, 0.9),
};

export const PIP = {
  /** A package with its usual dependencies, installed (site-packages). */
  perPackage: h(4 * MB, 0.5 * MB, 20 * MB, 0.35),
  /** Known heavy packages (installed, with their usual dependencies). */
  known: lookupTable<number>({
    numpy: 35 * MB, pandas: 75 * MB, scipy: 110 * MB, "scikit-learn": 160 * MB, torch: 4500 * MB, tensorflow: 1100 * MB,
    "opencv-python": 90 * MB, "opencv-python-headless": 90 * MB, matplotlib: 45 * MB, pillow: 12 * MB, django: 11 * MB,
    flask: 3 * MB, fastapi: 8 * MB, uvicorn: 2 * MB, gunicorn: 1 * MB, requests: 1.5 * MB, boto3: 95 * MB, botocore: 90 * MB,
    psycopg2: 1 * MB, "psycopg2-binary": 9 * MB, sqlalchemy: 10 * MB, pyarrow: 120 * MB, transformers: 60 * MB,
    grpcio: 15 * MB, cryptography: 10 * MB, lxml: 18 * MB, pydantic: 7 * MB, jupyter: 100 * MB, ansible: 250 * MB,
  }),
  /**
   * torch from PyPI on Linux x86-64 is the CUDA build: its own wheel (≈ 0.9 GB) pulls the nvidia-*-cu12 wheels
   * (cuDNN, cuBLAS, cuFFT, cuSPARSE, NCCL…, ≈ 2 GB more), ≈ 4.5 GB unpacked (`known.torch`). The CPU-only build, from
   * PyTorch's `…/whl/cpu` index or pinned as `+cpu`, is a ≈ 0.2 GB wheel, ≈ 750 MB unpacked. Published wheel sizes of
   * torch 2.5; not measured here.
   */
  torchCpuOnly: 750 * MB,
  /** `pip install -r requirements.txt` when the file is not part of the review. */
  unknownRequirements: h(80 * MB, 10 * MB, 500 * MB, 0.35),
  /** Wheels kept in ~/.cache/pip without `--no-cache-dir`: about the compressed size of what was installed. */
  cacheShare: 0.35,
};

export const NODE = {
  /**
   * Per package of a lockfile that the measured npm table (`npmPackages().large`) does not list: the mean of the 3,466
   * packages under 2 MB met installing 75 packages from the registry (scripts/measure-npm-packages.mjs), 113 197 B,
   * gzipped to 0.23.
   */
  perLockedPackage: h(113_197, 113_197 * 0.35, 113_197 * 3, 0.23),
  /** Per direct dependency of package.json, with its transitive dependencies. */
  perDirectDependency: h(6 * MB, 1.5 * MB, 25 * MB, 0.3),
  /** `npm ci` without package.json or lockfile in the review. */
  unknownProject: h(150 * MB, 30 * MB, 600 * MB, 0.3),
  /** A named `npm install -g x` / `yarn add x`. */
  perNamedPackage: h(8 * MB, 1 * MB, 40 * MB, 0.3),
  /**
   * The cache left beside node_modules, as a share of it. npm's holds the tarballs and the registry's metadata: measured
   * here at 0.49 of node_modules over three `npm ci` (0.41–1.3) and 0.61 over six `npm install` (0.43–1.49). yarn v1 and
   * pnpm keep unpacked copies (not measured).
   */
  cacheShare: { npm: 0.55, yarn: 0.9, pnpm: 0.9 } as Record<string, number>,
  /** Output of `npm run build` (dist/, build/, .next/). */
  buildOutput: h(8 * MB, 0.5 * MB, 80 * MB, 0.35),
};

export const GEM = {
  perGem: h(3 * MB, 0.5 * MB, 15 * MB, 0.4),
  perLockedGem: h(0.8 * MB, 0.2 * MB, 3 * MB, 0.4),
  unknownBundle: h(60 * MB, 15 * MB, 300 * MB, 0.4),
};

/**
 * Composer: vendor/ of a Laravel 11 application (≈ 110 locked packages) is ≈ 75 MB, ≈ 0.7 MB a package; mostly PHP
 * source, which compresses about 4:1. Its cache keeps the packages' zip files. Estimates, not measured here.
 */
export const COMPOSER = {
  perLockedPackage: h(0.7 * MB, 0.2 * MB, 2.5 * MB, 0.25),
  perNamedPackage: h(5 * MB, 0.5 * MB, 30 * MB, 0.25),
  unknownProject: h(75 * MB, 10 * MB, 300 * MB, 0.25),
  /** The cache's zips: about the compressed size of what was installed. */
  cacheShare: 0.3,
};

/**
 * PHP extensions built by the official images' `docker-php-ext-install` or by `pecl install`: one shared object each,
 * from 0.1 MB (pdo_mysql) to a few MB (intl, grpc); pecl keeps its downloads and build tree in /tmp/pear. Estimates.
 */
export const PHP = {
  extension: h(1 * MB, 0.1 * MB, 5 * MB, 0.4),
  peclFiles: h(5 * MB, 0.5 * MB, 40 * MB, 0.4),
};

export const BUILD = {
  /** A Go binary (statically linked service or CLI). */
  goBinary: h(15 * MB, 5 * MB, 45 * MB, 0.45),
  /** Module and build caches a `go build` leaves in the builder stage (no cache mount). */
  goCaches: h(250 * MB, 50 * MB, 1000 * MB, 0.35),
  cargoBinary: h(10 * MB, 2 * MB, 40 * MB, 0.4),
  cargoTarget: h(500 * MB, 100 * MB, 2000 * MB, 0.35),
  /** `make install` of software built from source. */
  makeInstall: h(30 * MB, 5 * MB, 150 * MB, 0.35),
  /**
   * What a Maven or Gradle build packs: a service's jar or war with its dependencies inside (Spring Boot's, a shaded
   * jar) is typically 20–80 MB; the libraries are zip archives already, so the layer barely compresses them.
   */
  jvmArchive: h(40 * MB, 5 * MB, 150 * MB, 0.95),
  /** target/ or build/ after the build: the archive, the compiled classes and the build's reports. */
  jvmBuildDirectory: h(60 * MB, 8 * MB, 250 * MB, 0.7),
  /** The dependencies a build downloads into ~/.m2 or ~/.gradle (the plugins' own included). */
  jvmDependencies: h(150 * MB, 30 * MB, 800 * MB, 0.85),
  /**
   * `dotnet publish`: a framework-dependent service is its assemblies and NuGet dependencies (a few MB to tens); a
   * self-contained one adds the .NET runtime (≈ 70 MB). Estimates, not measured here.
   */
  dotnetPublish: h(20 * MB, 1 * MB, 150 * MB, 0.45),
  dotnetSelfContained: h(90 * MB, 60 * MB, 250 * MB, 0.45),
  /** NuGet packages a restore downloads into ~/.nuget/packages. */
  dotnetPackages: h(150 * MB, 20 * MB, 800 * MB, 0.5),
};

export const FILES = {
  /** The build context assumed for `COPY . .` unless the caller says otherwise. */
  defaultContextBytes: 5 * MB,
  /** Source code, configuration, assets: compresses about 3:1. */
  sourceRatio: 0.35,
  /** One named file of the context (`COPY app.py .`). */
  singleFile: h(20 * 1000, 1000, 1 * MB, 0.35),
  /** A build artifact or archive copied from the context (`COPY target/app.jar .`, `COPY jdk.tar.gz /tmp/`). */
  artifact: h(30 * MB, 1 * MB, 200 * MB, 0.9),
  /** A downloaded file kept as is (a binary or archive). */
  download: h(5 * MB, 0.1 * MB, 50 * MB, 0.8),
  /** `git clone`: a repository's files with its history (`.git`), or without (`--depth`): sizes vary by orders of magnitude. */
  gitClone: h(20 * MB, 0.5 * MB, 500 * MB, 0.45),
  gitCloneShallow: h(8 * MB, 0.2 * MB, 200 * MB, 0.45),
  /** A downloaded archive unpacked in place. */
  unpackedDownload: h(30 * MB, 5 * MB, 200 * MB, 0.4),
  /** `curl … | sh` install scripts. */
  installScript: h(30 * MB, 1 * MB, 200 * MB, 0.4),
  /** `COPY --from=<image>` or a path the source stage is not known to have produced. */
  unknownCopy: h(10 * MB, 1 * MB, 100 * MB, 0.4),
  /** A RUN with no size-relevant command (useradd, mkdir, sed, …). */
  smallRun: h(10 * 1000, 0, 1 * MB, 0.4),
};

/**
 * Single-file tools that RUNs download and keep as they are, by the name of the file (the release asset's or the
 * output's): the approximate size of their linux/amd64 release files of 2024–2026, with a range for other versions
 * (docker-compose's low end is the 1.x Python build). Not measured here.
 */
export const KNOWN_DOWNLOADS: readonly { name: string; pattern: RegExp; size: Heuristic }[] = [
  { name: "gosu", pattern: /^gosu(-[a-z0-9]+)?$/, size: h(2.3 * MB, 1.5 * MB, 3.5 * MB, 0.5) },
  { name: "tini (static)", pattern: /^tini-static(-[a-z0-9]+)?$/, size: h(0.85 * MB, 0.5 * MB, 1.2 * MB, 0.4) },
  { name: "tini", pattern: /^tini(-(amd64|arm64|armhf|i386))?$/, size: h(25 * 1000, 10 * 1000, 100 * 1000, 0.45) },
  { name: "kubectl", pattern: /^kubectl$/, size: h(55 * MB, 40 * MB, 75 * MB, 0.4) },
  { name: "docker-compose", pattern: /^docker-compose(-linux-x86_64|-Linux-x86_64)?$/i, size: h(62 * MB, 12 * MB, 75 * MB, 0.4) },
  { name: "jq", pattern: /^jq(-linux(64|-amd64))?$/, size: h(2.3 * MB, 1 * MB, 4.5 * MB, 0.45) },
  { name: "yq", pattern: /^yq(_linux_amd64)?$/, size: h(10 * MB, 6 * MB, 14 * MB, 0.45) },
  { name: "composer.phar", pattern: /^composer(\.phar)?$/, size: h(3 * MB, 2 * MB, 4 * MB, 0.85) },
  { name: "jenkins.war", pattern: /^jenkins\.war$/, size: h(90 * MB, 60 * MB, 110 * MB, 0.97) },
];

/**
 * Runtimes unpacked from their official tarballs, compressed layer bytes by version, taken from the
 * layers of base-images.json (node, golang, python, eclipse-temurin images; see data/SOURCE.md).
 * `ratio` converts to on-disk bytes.
 */
export interface RuntimeTable {
  pattern: RegExp;
  ratio: number;
  /** The directory the archive unpacks into, when it is fixed (`go/`). */
  topDirectory?: string;
  /** Known versions, oldest first, as written (`"1.19"`): versions compare part by part, 1.20 after 1.19. */
  versions: { version: string; compressed: number }[];
}

export const RUNTIMES: Record<string, RuntimeTable> = {
  node: {
    pattern: /nodejs\.org\/(?:dist|download\/release)\/v(\d+)|node-v(\d+)[\w.$-]*-linux/i,
    ratio: 2.9,
    // node:N (full) image layers: the tarball with its OpenSSL headers.
    versions: [{ version: "18", compressed: 46.8 * MB }, { version: "20", compressed: 48.2 * MB }, { version: "22", compressed: 58.6 * MB }, { version: "24", compressed: 59.1 * MB }],
  },
  go: {
    pattern: /(?:go\.dev|golang\.org|dl\.google\.com\/go)\/(?:dl\/)?go(\d+\.\d+)|go(\d+\.\d+)[\w.$-]*\.linux-/i,
    ratio: 3.3,
    topDirectory: "go",
    versions: [{ version: "1.19", compressed: 122 * MB }, { version: "1.23", compressed: 74 * MB }, { version: "1.25", compressed: 60.3 * MB }],
  },
  python: {
    pattern: /python\.org\/ftp\/python\/(\d+\.\d+)|Python-(\d+\.\d+)/i,
    ratio: 3.1,
    versions: [{ version: "3.9", compressed: 14.9 * MB }, { version: "3.11", compressed: 14.4 * MB }, { version: "3.12", compressed: 12.1 * MB }, { version: "3.13", compressed: 11.9 * MB }],
  },
  java: {
    // Temurin's release asset (`OpenJDK21U-jre_x64_linux_…`), its release repository (`temurin21-binaries/…jre…`) and
    // the Adoptium API (`api.adoptium.net/v3/binary/latest/21/ga/linux/x64/jre/…`).
    pattern: /OpenJDK(\d{2})U-jre|temurin(\d{2})-binaries\/[^ ]*jre|adoptium\.net\/v3\/binary\/(?:latest|version)\/(\d{2})\/[^ ]*\/jre\//i,
    ratio: 2.8,
    versions: [{ version: "21", compressed: 53.1 * MB }],
  },
  yarn: {
    pattern: /yarn-v(1)\.\d+\.\d+\.tar/i,
    ratio: 4,
    versions: [{ version: "1", compressed: 1.25 * MB }],
  },
};

/** Extra bytes the node images save by deleting unused OpenSSL headers (`find …/openssl/archs … rm`). */
export const NODE_OPENSSL_HEADERS = { compressed: 8.6 * MB, uncompressed: 34 * MB };

/** buildpack-deps layers (package lists from its Dockerfiles), installed with --no-install-recommends. */
export const BUILDPACK_DEPS: Record<"curl" | "scm" | "full", string[]> = {
  curl: ["ca-certificates", "curl", "gnupg", "netbase", "sq", "wget"],
  scm: ["git", "mercurial", "openssh-client", "subversion", "procps"],
  full: [
    "autoconf", "automake", "bzip2", "default-libmysqlclient-dev", "dpkg-dev", "file", "g++", "gcc", "imagemagick",
    "libbz2-dev", "libc6-dev", "libcurl4-openssl-dev", "libdb-dev", "libevent-dev", "libffi-dev", "libgdbm-dev",
    "libglib2.0-dev", "libgmp-dev", "libjpeg-dev", "libkrb5-dev", "liblzma-dev", "libmagickcore-dev", "libmagickwand-dev",
    "libmaxminddb-dev", "libncurses5-dev", "libncursesw5-dev", "libpng-dev", "libpq-dev", "libreadline-dev",
    "libsqlite3-dev", "libssl-dev", "libtool", "libwebp-dev", "libxml2-dev", "libxslt-dev", "libyaml-dev", "make",
    "patch", "unzip", "xz-utils", "zlib1g-dev",
  ],
};

/** Uncompressed / compressed for a base image whose on-disk size is not published (fitted on those that are). */
export const BASE_UNCOMPRESSED_RATIO = { estimate: 2.6, low: 2.2, high: 3.0 };
