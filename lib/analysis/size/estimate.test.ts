import { describe, expect, it } from "vitest";
import { parseDockerfile } from "../dockerfile/model";
import type { SourceFile } from "../types";
import "./bundled-data";
import { estimateStages, laterDeletionsOf } from "./estimate";

function estimate(text: string, files: SourceFile[] = [], contextBytes?: number) {
  return estimateStages({ model: parseDockerfile(text), files, options: contextBytes ? { contextBytes } : {} });
}

const shipped = (text: string, files: SourceFile[] = []) => estimate(text, files).stages.find((stage) => stage.shipped)!;

// wget on debian:bookworm-slim without Recommends: wget + libpsl5 = 3617 KiB installed (see debian.test.ts). Their
// layer bytes as measured (scripts/data/debian-gzip-bytes.json): gzipped 1,515,898 + 62,352; as slim images install
// them (no translations, docs or man pages) 224,851 + 57,884, leaving out 2,985,458 + 4,120 bytes of files. On disk
// Installed-Size × 1.04; compressed, the gzipped files plus dpkg's records (5,800 bytes a package).
const WGET = "RUN apt-get update && apt-get install -y --no-install-recommends wget";
const WGET_ON_SLIM = { uncompressed: (3617 * 1024 - 2985458 - 4120) * 1.04, compressed: 224851 + 57884 + 2 * 5800 };
const WGET_WITH_DOCS = { uncompressed: 3617 * 1024 * 1.04, compressed: 1515898 + 62352 + 2 * 5800 };
const SLIM = { compressed: 28232590, uncompressed: 74830000 };
/** Published sizes are stated with the spread of a moving tag (0.95–1.08×). */
const SLIM_RANGE = { compressed: { estimate: 28232590, low: Math.round(28232590 * 0.95), high: Math.round(28232590 * 1.08) } };

describe("estimateStages", () => {
  it("sizes an apt-get install from the package closure", () => {
    const stage = shipped(`FROM debian:bookworm-slim\n${WGET} && rm -rf /var/lib/apt/lists/*\n`);
    expect(stage.layers).toHaveLength(1);
    const [layer] = stage.layers;
    const { uncompressed, compressed } = WGET_ON_SLIM;
    expect(layer!.uncompressedBytes).toEqual({ estimate: Math.round(uncompressed), low: Math.round(uncompressed * 0.85), high: Math.round(uncompressed * 1.2) });
    expect(layer!.compressedBytes).toEqual({ estimate: compressed, low: Math.round(compressed * 0.65), high: Math.round(compressed * 1.2) });
    expect(layer!.reason).toBe("apt-get install wget: 2 packages, ≈ 743 kB");
    expect(stage.compressedBytes.estimate).toBe(SLIM.compressed + compressed);
    expect(stage.uncompressedBytes.estimate).toBe(SLIM.uncompressed + Math.round(uncompressed));
  });

  it("keeps the documentation, man pages and translations a full Debian image installs", () => {
    const [layer] = shipped(`FROM debian:bookworm\n${WGET} && rm -rf /var/lib/apt/lists/*\n`).layers;
    expect(layer!.uncompressedBytes.estimate).toBe(Math.round(WGET_WITH_DOCS.uncompressed));
    expect(layer!.compressedBytes.estimate).toBe(WGET_WITH_DOCS.compressed);
    expect(layer!.reason).toBe("apt-get install wget: 2 packages, ≈ 3.9 MB");
  });

  it("sizes packages it has no measurement of by their .deb bytes", () => {
    // figlet is not among the measured packages: 739 KiB installed, a 136,540-byte .deb, gzipped as 1.425 × that. On
    // a slim image less the shares slim images leave out over the measured packages: 6.3 % on disk, 10.8 % gzipped.
    const install = "RUN apt-get update && apt-get install -y --no-install-recommends figlet && rm -rf /var/lib/apt/lists/*";
    const withDocs = shipped(`FROM debian:bookworm\n${install}\n`).layers[0]!;
    expect(withDocs.uncompressedBytes.estimate).toBe(Math.round(739 * 1024 * 1.04));
    expect(withDocs.compressedBytes.estimate).toBe(Math.round(136540 * 1.425 + 5800));
    const onSlim = shipped(`FROM debian:bookworm-slim\n${install}\n`).layers[0]!;
    expect(onSlim.uncompressedBytes.estimate).toBe(Math.round(739 * 1024 * (1 - 0.063) * 1.04));
    expect(onSlim.compressedBytes.estimate).toBe(Math.round(136540 * 1.425 * (1 - 0.108) + 5800));
  });

  it("never gzips an unmeasured package to more than its files", () => {
    // linux-source-6.1 is a .tar.xz inside its .deb: it does not compress again, and 1.425 × its .deb would exceed it.
    const layer = shipped("FROM debian:bookworm\nRUN apt-get update && apt-get install -y --no-install-recommends linux-source-6.1 && rm -rf /var/lib/apt/lists/*\n").layers[0]!;
    expect(layer.compressedBytes.estimate).toBeLessThanOrEqual(layer.uncompressedBytes.estimate);
  });

  it("installs without Recommends once the stage's apt configuration turns them off", () => {
    const install = "apt-get update && apt-get install -y wget && rm -rf /var/lib/apt/lists/*";
    const plain = shipped(`FROM debian:bookworm-slim\nRUN ${install}\n`).layers[0]!;
    const configured = shipped(`FROM debian:bookworm-slim\nRUN echo 'APT::Install-Recommends "0";' > /etc/apt/apt.conf.d/99no-recommends\nRUN ${install}\n`).layers[1]!;
    const flagged = shipped(`FROM debian:bookworm-slim\nRUN ${install.replace("-y wget", "-y --no-install-recommends wget")}\n`).layers[0]!;
    expect(configured.compressedBytes).toEqual(flagged.compressedBytes);
    expect(configured.compressedBytes.estimate).toBeLessThan(plain.compressedBytes.estimate);
  });

  it("does not count on a cleanup that runs only if the command before it fails", () => {
    const [layer] = shipped("FROM debian:bookworm-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl || rm -rf /var/lib/apt/lists/*\n").layers;
    expect(layer!.reason).toContain("apt lists left in /var/lib/apt/lists");
    expect(layer!.assumptions).toContain("cleanups that run only when the command before them fails (after `||`) are not counted");
  });

  it("counts the bytecode Debian's Python packages compile when installed", () => {
    // 24 packages, 33,317 KiB installed, 9,587,496 B of .debs; 14,037 KiB of them hold Python modules (debian.test.ts),
    // whose .pyc files are counted as 85 % of that, gzipped to 38 %.
    const [layer] = shipped("FROM debian:bookworm-slim\nRUN apt-get update && apt-get install -y --no-install-recommends python3-yaml && rm -rf /var/lib/apt/lists/*\n").layers;
    const bytecode = 14037 * 1024 * 0.85;
    const withDocs = shipped("FROM debian:bookworm\nRUN apt-get update && apt-get install -y --no-install-recommends python3-yaml && rm -rf /var/lib/apt/lists/*\n").layers[0]!;
    expect(withDocs.uncompressedBytes.estimate).toBe(Math.round(33317 * 1024 * 1.04 + bytecode));
    // On the slim image, the same bytecode on fewer files.
    expect(layer!.uncompressedBytes.estimate - Math.round(bytecode)).toBeLessThan(33317 * 1024 * 1.04);
    expect(layer!.reason).toMatch(/^apt-get install python3-yaml: 24 packages, ≈ \d+ MB$/);
    expect(layer!.assumptions).toEqual([
      "Debian packages with Python modules compile them when installed: the .pyc files, not in Installed-Size, are counted as 85 % of those packages' size, ≈ 12 MB here",
    ]);
  });

  it("sizes apt-get install on an unknown image as on Debian's slim image, in stages built on it too", () => {
    // Whether the image leaves documentation out is not known: it is kept, the larger guess.
    const onUnknown = shipped(`FROM registry.example.com/team/base:1\n${WGET} && rm -rf /var/lib/apt/lists/*\n`);
    expect(onUnknown.layers[0]!.compressedBytes.estimate).toBe(WGET_WITH_DOCS.compressed);
    expect(onUnknown.layers[0]!.assumptions).toEqual([]);
    const inherited = shipped(`FROM registry.example.com/team/base:1 AS base\nFROM base\n${WGET} && rm -rf /var/lib/apt/lists/*\n`);
    expect(inherited.layers[0]!.compressedBytes.estimate).toBe(WGET_WITH_DOCS.compressed);
  });

  it("sizes well-known downloaded tools by their release files, by the saved name or the URL's", () => {
    const [kubectl] = shipped("FROM debian:bookworm-slim\nRUN curl -fsSLO https://dl.k8s.io/release/v1.31.0/bin/linux/amd64/kubectl\n").layers;
    expect(kubectl!.uncompressedBytes).toEqual({ estimate: 55e6, low: 40e6, high: 75e6 });
    expect(kubectl!.compressedBytes.estimate).toBe(22e6);
    expect(kubectl!.assumptions).toEqual(["kubectl assumed ≈ 55 MB, the size of its release file"]);
    const [gosu] = shipped('FROM debian:bookworm-slim\nRUN wget -O /usr/local/bin/gosu "https://github.com/tianon/gosu/releases/download/1.17/gosu-$(dpkg --print-architecture)"\n').layers;
    expect(gosu!.uncompressedBytes.estimate).toBe(2.3e6);
    const [unknown] = shipped("FROM debian:bookworm-slim\nRUN curl -fsSLo /usr/local/bin/tool https://example.com/tool\n").layers;
    expect(unknown!.assumptions).toEqual(["a downloaded file assumed ≈ 5 MB (100 kB–50 MB)"]);
    // ADD of a URL too.
    const [tini] = shipped("FROM debian:bookworm-slim\nADD https://github.com/krallin/tini/releases/download/v0.19.0/tini-static /tini\n").layers;
    expect(tini!.uncompressedBytes.estimate).toBe(0.85e6);
  });

  it("sizes an image's whole filesystem copied from it as the image", () => {
    const [rootfs] = shipped("FROM debian:bookworm-slim\nCOPY --from=debian:bookworm-slim / /rootfs\n").layers;
    expect(rootfs!.compressedBytes).toEqual(SLIM_RANGE.compressed);
    expect(rootfs!.reason).toBe("COPY / /rootfs: the whole filesystem of debian:bookworm-slim, ≈ 75 MB");
    expect(rootfs!.assumptions).toEqual([]);
    const [unknown] = shipped("FROM scratch\nCOPY --from=example.com/tools / /\n").layers;
    expect(unknown!.compressedBytes.estimate).toBe(150e6);
    expect(unknown!.assumptions).toEqual(["example.com/tools copied whole: example.com/tools is not in the size data: assumed a typical image"]);
  });

  it("adds the apt lists when the RUN leaves them", () => {
    const [layer] = shipped(`FROM debian:bookworm-slim\n${WGET}\n`).layers;
    // Lists measured at 19.9 MB on disk, gzip ratio 0.77.
    expect(layer!.uncompressedBytes.estimate).toBe(Math.round(WGET_ON_SLIM.uncompressed) + 19900000);
    expect(layer!.compressedBytes.estimate).toBe(WGET_ON_SLIM.compressed + 15323000);
    expect(layer!.reason).toContain("apt lists left in /var/lib/apt/lists");
  });

  it("keeps the bytes of files deleted in a later layer, and records the deletion", () => {
    const result = estimate(`FROM debian:bookworm-slim\n${WGET}\nRUN rm -rf /var/lib/apt/lists/*\n`);
    const [install, cleanup] = result.stages[0]!.layers;
    expect(install!.compressedBytes.estimate).toBe(WGET_ON_SLIM.compressed + 15323000);
    expect(cleanup!.compressedBytes.estimate).toBe(0);
    expect(cleanup!.reason).toBe("deleting /var/lib/apt/lists frees nothing: ≈ 15 MB stay in the layer of line 2");
    expect(result.laterDeletions).toEqual([expect.objectContaining({
      path: "/var/lib/apt/lists",
      range: { start: { line: 3, column: 12 }, end: { line: 3, column: 32 } },
      // 18–24 MB on disk; compressed at 0.8–1.25 × the 0.77 ratio.
      compressed: { estimate: 15323000, low: 11088000, high: 23100000 },
    })]);
  });

  it("counts packages once across stages that inherit each other", () => {
    const result = estimate(`FROM debian:bookworm-slim AS base\n${WGET} && rm -rf /var/lib/apt/lists/*\nFROM base\n${WGET} && rm -rf /var/lib/apt/lists/*\n`);
    const [first, second] = result.stages;
    expect(second!.base).toMatchObject({ reference: "base", note: "inherits stage base", compressedBytes: first!.compressedBytes });
    expect(second!.layers[0]!.reason).toBe("apt-get install wget: 0 packages, ≈ 0 B");
    expect(second!.shipped).toBe(true);
    expect(first!.shipped).toBe(false);
  });

  it("takes back what a RUN installs and purges with apt-mark auto", () => {
    const [layer] = shipped(`FROM debian:bookworm-slim\nRUN apt-get update && apt-get install -y --no-install-recommends wget && apt-mark auto '.*' && apt-get purge -y --auto-remove && rm -rf /var/lib/apt/lists/*\n`).layers;
    expect(layer!.compressedBytes).toEqual({ estimate: Math.round(WGET_ON_SLIM.compressed * 0.03), low: 0, high: Math.round(WGET_ON_SLIM.compressed * 0.15) });
  });

  it("takes back a purged package's dependencies with a bare apt-get autoremove after it in the same RUN", () => {
    const install = "RUN apt-get update && apt-get install -y --no-install-recommends build-essential && make -v";
    const [kept] = shipped(`FROM debian:bookworm-slim\n${install} && apt-get purge -y build-essential && rm -rf /var/lib/apt/lists/*\n`).layers;
    const [removed] = shipped(`FROM debian:bookworm-slim\n${install} && apt-get purge -y build-essential && apt-get autoremove -y && rm -rf /var/lib/apt/lists/*\n`).layers;
    expect(kept!.compressedBytes.estimate).toBeGreaterThan(50e6);
    expect(removed!.compressedBytes.estimate).toBe(0);
  });

  it("counts the libraries kept by a purge once when Python is built from source in the same RUN", () => {
    // The Python figure is the official image's whole build layer (3.13: 11.9 MB), the libraries it keeps included.
    const build = "wget -O python.tar.xz https://www.python.org/ftp/python/3.13.1/Python-3.13.1.tar.xz && mkdir -p /usr/src/python && tar -xJf python.tar.xz -C /usr/src/python --strip-components=1 && rm python.tar.xz && cd /usr/src/python && ./configure && make -j && make install";
    const [layer] = shipped(`FROM debian:trixie-slim\nRUN apt-get update && apt-get install -y --no-install-recommends gcc make wget libssl-dev && ${build} && apt-mark auto '.*' && apt-get purge -y --auto-remove && rm -rf /var/lib/apt/lists/*\n`).layers;
    expect(layer!.compressedBytes.estimate).toBe(11.9e6);
    expect(layer!.reason).toMatch(/then purged with their dependencies \(the runtime libraries kept are counted with the build\); python 3\.13 built from source/);
  });

  it("assumes the build context for COPY . and takes contextBytes as the option", () => {
    const [layer] = shipped("FROM scratch\nCOPY . /app\n").layers;
    expect(layer!.uncompressedBytes.estimate).toBe(5000000);
    expect(layer!.compressedBytes.estimate).toBe(1750000);
    expect(layer!.assumptions).toEqual(["COPY . /app: build context size unknown, assumed 5 MB — adjustable (contextBytes)"]);
    const larger = estimate("FROM scratch\nCOPY . /app\n", [], 20e6).stages[0]!.layers[0]!;
    expect(larger.uncompressedBytes).toEqual({ estimate: 20e6, low: 19e6, high: 21e6 });
    // Given, the size is no longer called unknown nor offered to adjust.
    expect(larger.assumptions).toEqual(["COPY . /app: the 20 MB build context given"]);
  });

  it("names each source alone in the assumptions of a COPY of several, so they grow with the sources, not their square", () => {
    const [layer] = shipped("FROM scratch\nCOPY src lib /app/\n").layers;
    expect(layer!.assumptions).toEqual([
      "COPY src: assumed half of the 5 MB build context — adjustable (contextBytes); COPY lib: assumed half of the 5 MB build context — adjustable (contextBytes)",
    ]);
    const sources = Array.from({ length: 1000 }, (_, i) => `dir${i}`).join(" ");
    expect(shipped(`FROM scratch\nCOPY ${sources} /app/\n`).layers[0]!.assumptions.join("").length).toBeLessThan(100_000);
  });

  it("sizes a COPY heredoc by its body", () => {
    const [layer] = shipped("FROM scratch\nCOPY <<EOF /etc/app.conf\nport=8080\nEOF\n").layers;
    expect(layer!.uncompressedBytes.estimate).toBe("port=8080\n".length);
    expect(layer!.reason).toBe("COPY <<EOF /etc/app.conf: <<EOF (inline file)");
  });

  it("sizes a named file from the review's own files", () => {
    const [layer] = shipped("FROM scratch\nCOPY package.json /app/\n", [{ path: "web/package.json", content: "x".repeat(1234) }]).layers;
    expect(layer!.uncompressedBytes.estimate).toBe(1234);
  });

  it("carries a builder's Go binary through COPY --from, and only the shipped stage counts", () => {
    const result = estimate("FROM golang:1.23 AS build\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 go build -o /out/app .\nFROM scratch\nCOPY --from=build /out/app /app\nENTRYPOINT [\"/app\"]\n");
    const final = result.stages[1]!;
    expect(final.layers[0]!.reason).toBe("COPY /out/app /app from stage build: go build output /out/app, ≈ 15 MB");
    expect(final.compressedBytes.estimate).toBe(6750000);
    expect(result.staticBinaryShipped).toBe(true);
    // Started through a shell, or another program started (a static tool beside a Node.js app): it needs more than scratch.
    expect(estimate("FROM golang:1.23 AS build\nRUN CGO_ENABLED=0 go build -o /out/app .\nFROM alpine:3.21\nCOPY --from=build /out/app /app\nCMD /app --port 80\n").staticBinaryShipped).toBe(false);
    expect(estimate("FROM golang:1.23 AS build\nRUN CGO_ENABLED=0 go build -o /healthcheck .\nFROM node:20-slim\nCOPY --from=build /healthcheck /usr/local/bin/\nCMD [\"node\", \"server.js\"]\n").staticBinaryShipped).toBe(false);
    expect(estimate("FROM golang:1.23 AS build\nRUN CGO_ENABLED=0 go build -o /out/server .\nFROM alpine:3.21\nCOPY --from=build /out/server /usr/local/bin/server\nCMD [\"server\"]\n").staticBinaryShipped).toBe(true);
    // The builder's caches stay in the builder.
    expect(result.stages[0]!.layers[1]!.reason).toContain("Go module and build caches");
  });

  it("sizes go mod download as the Go caches, which a later go build does not count again", () => {
    const [modules, build] = estimate("FROM golang:1.23 AS build\nWORKDIR /src\nRUN go mod download\nRUN go build -o /out/app .\n").stages[0]!.layers;
    expect(modules!.reason).toBe("Go module dependencies in /go/pkg/mod");
    expect(modules!.uncompressedBytes.estimate).toBe(250e6);
    expect(build!.reason).toBe("go build output /out/app");
  });

  it("sizes PHP extensions by their number, and pecl's files in /tmp/pear unless the RUN removes them", () => {
    const [core, pecl, cleaned] = shipped(
      "FROM php:8.3-fpm\nRUN docker-php-ext-install pdo_mysql opcache\nRUN pecl install redis xdebug && docker-php-ext-enable redis xdebug\nRUN pecl install apcu && rm -rf /tmp/pear\n",
    ).layers;
    expect(core!.reason).toBe("docker-php-ext-install pdo_mysql opcache: 2 extensions built");
    expect(core!.uncompressedBytes).toEqual({ estimate: 2e6, low: 0.2e6, high: 10e6 });
    expect(pecl!.reason).toBe("pecl redis xdebug: 2 extensions built; pecl downloads and build files in /tmp/pear");
    // Its own files go; the earlier RUN's stay in that layer.
    expect(cleaned!.reason).toBe("pecl apcu: 1 extension built; deleting /tmp/pear frees nothing: ≈ 2 MB stay in the layer of line 3");
  });

  it("sizes a git clone as an assumed repository, gone when the RUN deletes it", () => {
    const [shallow, full, removed] = shipped(
      "FROM debian:bookworm-slim\nWORKDIR /opt\nRUN git clone --depth 1 https://github.com/acme/tool.git\nRUN git clone https://github.com/acme/lib /src/lib\nRUN git clone https://github.com/acme/x.git /tmp/x && make -C /tmp/x && rm -rf /tmp/x\n",
    ).layers;
    expect(shallow!.reason).toBe("git clone tool (shallow)");
    expect(shallow!.uncompressedBytes.estimate).toBe(8e6);
    expect(shallow!.assumptions).toEqual(["git clone of tool: repository size unknown, assumed ≈ 8 MB (200 kB–200 MB)"]);
    expect(full!.uncompressedBytes.estimate).toBe(20e6);
    expect(removed!.reason).toBe("no size-relevant command");
  });

  it("reads requirements.txt from the review for pip install -r", () => {
    const files = [{ path: "requirements.txt", content: "flask==3.0\nnumpy>=1.26  # arrays\n-e .\n" }];
    const [, install] = shipped("FROM python:3.12-slim\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\n", files).layers;
    // flask ≈ 3 MB and numpy ≈ 35 MB installed (heuristics table), Python packages compress to 0.35.
    expect(install!.uncompressedBytes.estimate).toBe(38e6);
    expect(install!.compressedBytes.estimate).toBe(13.3e6);
    expect(install!.reason).toBe("pip install -r requirements.txt (2 requirements): ≈ 38 MB");
  });

  it("reads names as pip compares them and PyTorch's CPU-only index from requirements.txt", () => {
    const files = [{ path: "requirements.txt", content: "--extra-index-url https://download.pytorch.org/whl/cpu\ntorch==2.1.0+cpu\nScikit_Learn==1.5\n" }];
    const [, install] = shipped("FROM python:3.12-slim\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\n", files).layers;
    // The CPU-only torch (not the 4.5 GB CUDA build) and scikit-learn's 160 MB (not an unknown package's 4 MB).
    expect(install!.uncompressedBytes.estimate).toBe(750e6 + 160e6);
  });

  it("counts the production packages of package-lock.json and the npm cache left behind", () => {
    const lock = JSON.stringify({ lockfileVersion: 3, packages: { "": {}, "node_modules/a": {}, "node_modules/b": {}, "node_modules/c": { dev: true } } });
    const [install] = shipped("FROM node:22-slim\nRUN npm ci --omit=dev\n", [{ path: "package-lock.json", content: lock }]).layers;
    // 2 packages × 113 197 B (the measured mean of npm packages under 2 MB, data/npm-packages.json), and npm's cache ≈ 55 % of that.
    expect(install!.uncompressedBytes.estimate).toBeCloseTo(2 * 113197 * 1.55, 0);
    expect(install!.reason).toBe("npm install: 2 packages in package-lock.json (production only): ≈ 226 kB; npm cache left in /root/.npm");
  });

  it("counts the npm packages measured from the registry at their size: large ones in a lockfile, others installed alone", () => {
    // next 192 293 410 B on its own and @next/swc-linux-x64-gnu 100 917 895 B (data/npm-packages.json `large`); the
    // binaries for other platforms are not installed on linux/amd64, and the others are the mean 113 197 B each.
    const lock = JSON.stringify({ lockfileVersion: 3, packages: {
      "": {}, "node_modules/next": {}, "node_modules/@next/swc-linux-x64-gnu": { optional: true, os: ["linux"], cpu: ["x64"] },
      "node_modules/@next/swc-darwin-arm64": { optional: true, os: ["darwin"], cpu: ["arm64"] }, "node_modules/react": {}, "node_modules/styled-jsx": {},
    } });
    const [locked] = shipped("FROM node:22-slim\nWORKDIR /app\nRUN npm ci\n", [{ path: "package-lock.json", content: lock }]).layers;
    expect(locked!.uncompressedBytes.estimate).toBeCloseTo((192293410 + 100917895 + 2 * 113197) * 1.55, 0);
    expect(locked!.reason).toBe("npm install: 4 packages in package-lock.json: ≈ 293 MB; npm cache left in /root/.npm");
    expect(locked!.assumptions.join("; ")).toContain("measured from the npm registry: next ≈ 192 MB, @next/swc-linux-x64-gnu ≈ 101 MB");
    // A large package by the version locked: typescript 4.9.5 measured 66 849 652 B; 5.9.3, not measured, as the
    // nearest major version measured (4 and 6 tie: the newer, 6.0.3, 24 346 827 B); without a version, the newest (7.0.2).
    const typescript = (version?: string) => {
      const entry = version ? { version } : {};
      const content = JSON.stringify({ lockfileVersion: 3, packages: { "": {}, "node_modules/typescript": entry } });
      return shipped("FROM node:22-slim\nRUN npm ci\n", [{ path: "package-lock.json", content }]).layers[0]!.uncompressedBytes.estimate / 1.55;
    };
    expect(typescript("4.9.5")).toBeCloseTo(66849652, -1);
    expect(typescript("5.9.3")).toBeCloseTo(24346827, -1);
    expect(typescript()).toBeCloseTo(2497498, -1);
    // Without a lockfile, package.json's direct dependencies as each installs alone: react-dom 8 329 878 B, react 179 025 B.
    const manifest = JSON.stringify({ dependencies: { react: "^19.0.0", "react-dom": "^19.0.0", "left-pad": "^1.3.0" } });
    const [direct] = shipped("FROM node:22-slim\nWORKDIR /app\nRUN npm install\n", [{ path: "package.json", content: manifest }]).layers;
    expect(direct!.uncompressedBytes.estimate).toBeCloseTo((179025 + 8329878 + 6e6) * 1.55, 0);
    expect(direct!.assumptions.join("; ")).toContain("≈ 6 MB (1.5–25 MB) per direct npm dependency");
    // Named: pm2 installed alone is 15 212 560 B.
    const [named] = shipped("FROM node:22-slim\nRUN npm install -g pm2@5\n").layers;
    expect(named!.uncompressedBytes.estimate).toBeCloseTo(15212560 * 1.55, 0);
    expect(named!.assumptions).not.toContain("named npm packages assumed ≈ 8 MB (1–40 MB) each with dependencies");
  });

  it("counts yarn.lock entries and yarn's unpacked cache", () => {
    const lock = '# yarn lockfile v1\n\n"a@^1.0.0":\n  version "1.0.0"\n\nb@^2.0.0, b@^2.1.0:\n  version "2.1.0"\n';
    const [install] = shipped("FROM node:22-alpine\nWORKDIR /app\nRUN yarn install --frozen-lockfile\n", [{ path: "yarn.lock", content: lock }]).layers;
    // 2 packages × 113 197 B, and yarn's cache ≈ 90 % of that.
    expect(install!.uncompressedBytes.estimate).toBeCloseTo(2 * 113197 * 1.9, 0);
    expect(install!.reason).toBe("yarn install: 2 packages in yarn.lock: ≈ 226 kB; yarn cache left in /usr/local/share/.cache/yarn");
  });

  it("counts a pnpm lockfile's packages once, though lockfile v9 lists them again under snapshots", () => {
    const lock = "lockfileVersion: '9.0'\nimporters:\n  .:\n    dependencies:\n      a:\n        specifier: ^1.0.0\n        version: 1.0.0\n" +
      "packages:\n  a@1.0.0:\n    resolution: {integrity: sha512-a}\n  b@2.0.0:\n    resolution: {integrity: sha512-b}\n  c@3.0.0:\n    resolution: {integrity: sha512-c}\n" +
      "snapshots:\n  a@1.0.0:\n    dependencies:\n      b: 2.0.0\n  b@2.0.0:\n    dependencies:\n      c: 3.0.0\n  c@3.0.0: {}\n";
    const [install] = shipped("FROM node:22-alpine\nWORKDIR /app\nRUN pnpm install --frozen-lockfile\n", [{ path: "pnpm-lock.yaml", content: lock }]).layers;
    expect(install!.reason).toMatch(/^pnpm install: 3 packages in pnpm-lock\.yaml/);
  });

  it("leaves the apk index only without --no-cache, and drops a virtual group deleted in the same RUN", () => {
    const [cached, clean] = shipped("FROM alpine:3.21\nRUN apk add curl\nRUN apk add --no-cache --virtual .deps gcc && apk del .deps\n").layers;
    expect(cached!.reason).toBe("apk add curl: ≈ 3 MB; apk index cache (/var/cache/apk)");
    expect(clean!.reason).toBe("no size-relevant command");
  });

  it("reads if branches by the build arguments' values, and counts those it cannot read, saying so", () => {
    const gitIf = (argument: string) => `FROM debian:bookworm-slim\n${argument}\nRUN if [ "$INSTALL_GIT" = true ]; then apt-get update && apt-get install -y --no-install-recommends git && rm -rf /var/lib/apt/lists/*; fi\n`;
    const [ruledOut] = shipped(gitIf("ARG INSTALL_GIT=false")).layers;
    expect(ruledOut!.reason).toBe("no size-relevant command");
    expect(ruledOut!.assumptions).toEqual(["commands in `if` branches that the build arguments' values rule out are not counted (other --build-arg values change the size)"]);
    const [taken] = shipped(gitIf("ARG INSTALL_GIT=true")).layers;
    expect(taken!.reason).toMatch(/^apt-get install git: \d+ packages, ≈ [\d.]+ MB$/);
    expect(taken!.assumptions).toEqual([]);
    const [unknown] = shipped(gitIf("ARG INSTALL_GIT")).layers;
    expect(unknown!.reason).toMatch(/^apt-get install git/);
    expect(unknown!.assumptions).toEqual(["installs inside an `if` or `case` branch whose condition is not known are counted as if the branch runs"]);
    // else and elif arms: the one the values select.
    const [chosen] = shipped("FROM debian:bookworm-slim\nARG TOOL=wget\nRUN apt-get update && if [ \"$TOOL\" = curl ]; then apt-get install -y curl; elif [ -n \"$TOOL\" ] && true; then apt-get install -y git; else apt-get install -y wget; fi\n").layers;
    expect(chosen!.reason).toMatch(/^apt-get install git/);
    const [otherwise] = shipped("FROM debian:bookworm-slim\nARG TOOL=wget\nRUN apt-get update && if [ \"$TOOL\" = curl ]; then apt-get install -y curl; elif [ -z \"$TOOL\" ]; then apt-get install -y git; else apt-get install -y --no-install-recommends wget; fi\n").layers;
    expect(otherwise!.reason).toMatch(/^apt-get install wget: 2 packages/);
  });

  it("sizes uv sync, poetry install and pipenv install like an unread requirements file, with their own caches", () => {
    const [uv, poetry] = shipped("FROM python:3.12-slim\nRUN uv sync --frozen --no-dev --no-cache\nRUN poetry install --only main\n").layers;
    expect(uv!.reason).toBe("uv sync: ≈ 80 MB");
    expect(uv!.assumptions).toEqual(["uv.lock is not read: its installed packages assumed ≈ 80 MB (10–500 MB)"]);
    expect(poetry!.reason).toMatch(/^poetry install: ≈ 80 MB; poetry cache left in \/root\/\.cache\/pypoetry/);
  });

  it("sizes a jar or an archive copied from the context as a build artifact, not as a source file", () => {
    const [jar, script] = shipped("FROM eclipse-temurin:21-jre\nCOPY target/app.jar /app.jar\nCOPY entrypoint.sh /\n").layers;
    expect(jar!.compressedBytes.estimate).toBe(27e6);
    expect(jar!.assumptions).toEqual(["target/app.jar: a build artifact or archive, assumed ≈ 30 MB (1–200 MB)"]);
    expect(script!.compressedBytes.estimate).toBe(7000);
  });

  it("sizes Alpine's other Java versions like the one it knows", () => {
    const [jre, jdk] = shipped("FROM alpine:3.21\nRUN apk add --no-cache openjdk11-jre-headless\nRUN apk add --no-cache openjdk8\n").layers;
    expect(jre!.reason).toBe("apk add openjdk11-jre-headless: ≈ 190 MB");
    expect(jdk!.reason).toBe("apk add openjdk8: ≈ 330 MB");
  });

  it("sizes a downloaded runtime tarball and drops the archive removed in the same RUN", () => {
    const [layer] = shipped("FROM debian:bookworm-slim\nENV NODE_VERSION=22.11.0\nRUN curl -fsSLO https://nodejs.org/dist/v$NODE_VERSION/node-v$NODE_VERSION-linux-x64.tar.xz && tar -xJf node-v$NODE_VERSION-linux-x64.tar.xz -C /usr/local --strip-components=1 && rm node-v$NODE_VERSION-linux-x64.tar.xz\n").layers;
    expect(layer!.reason).toBe("node 22 tarball: ≈ 170 MB");
    expect(layer!.compressedBytes.estimate).toBe(58.6e6);
  });

  it("reads a Temurin JRE's version from its release asset, not from the architecture in its name", () => {
    const [layer] = shipped("FROM debian:bookworm-slim\nRUN curl -fsSL -o /tmp/jre.tar.gz https://github.com/adoptium/temurin21-binaries/releases/download/jdk-21.0.12%2B8/OpenJDK21U-jre_x64_linux_hotspot_21.0.12_8.tar.gz && mkdir -p /opt/java && tar -xzf /tmp/jre.tar.gz -C /opt/java --strip-components=1 && rm /tmp/jre.tar.gz\n").layers;
    expect(layer!.reason).toBe("java 21 tarball: ≈ 149 MB");
  });

  it("reads a trixie-based image's installs from trixie's packages (libssl3t64 is already there)", () => {
    // libssl-dev depends on libssl3t64 on trixie (OpenSSL 3.5, 16 010 KiB installed), which trixie's apt brings; on
    // bookworm on libssl3 (OpenSSL 3.0, 12 190 KiB), which bookworm-slim lacks.
    const install = "RUN apt-get update && apt-get install -y --no-install-recommends libssl-dev && rm -rf /var/lib/apt/lists/*";
    expect(shipped(`FROM debian:trixie-slim\n${install}\n`).layers[0]!.reason).toBe("apt-get install libssl-dev: 1 package, ≈ 17 MB");
    expect(shipped(`FROM python:3.13-slim\n${install}\n`).layers[0]!.reason).toBe("apt-get install libssl-dev: 1 package, ≈ 17 MB");
    expect(shipped(`FROM debian:bookworm-slim\n${install}\n`).layers[0]!.reason).toBe("apt-get install libssl-dev: 2 packages, ≈ 19 MB");
  });

  it("resolves packages held in an ENV list and shell variables of the RUN", () => {
    const [fromEnv] = shipped("FROM debian:bookworm-slim\nENV DEPS=\"wget\"\nRUN apt-get update && apt-get install -y --no-install-recommends $DEPS && rm -rf /var/lib/apt/lists/*\n").layers;
    expect(fromEnv!.compressedBytes.estimate).toBe(WGET_ON_SLIM.compressed);
    const [fromShell] = shipped("FROM debian:bookworm-slim\nRUN deps='wget'; apt-get update && apt-get install -y --no-install-recommends $deps && rm -rf /var/lib/apt/lists/*\n").layers;
    expect(fromShell!.reason).toBe("apt-get install wget: 2 packages, ≈ 743 kB");
  });

  it("reads shell pattern removal in a RUN's URL and keeps the first case branch", () => {
    const [layer] = shipped("FROM debian:bookworm-slim\nENV NODE_VERSION=22.11.0-rc1\nRUN case \"$(uname -m)\" in x86_64) arch=x64 ;; *) arch=arm64 ;; esac; curl -fsSLO https://nodejs.org/dist/v${NODE_VERSION%%-*}/node-v${NODE_VERSION%%-*}-linux-$arch.tar.xz && tar -xJf node-v${NODE_VERSION%%-*}-linux-$arch.tar.xz -C /usr/local --strip-components=1 && rm node-v*.tar.xz\n").layers;
    expect(layer!.reason).toBe("node 22 tarball: ≈ 170 MB");
  });

  it("says when Ubuntu packages are approximated by Debian's", () => {
    const [layer] = shipped("FROM ubuntu:22.04\nRUN apt-get update && apt-get install -y wget && rm -rf /var/lib/apt/lists/*\n").layers;
    expect(layer!.assumptions).toContain("Ubuntu packages approximated by Debian bookworm's");
  });

  it("sizes torch as the CUDA build PyPI serves, or the CPU-only build its own index or a +cpu pin names", () => {
    const torch = (run: string) => shipped(`FROM python:3.12-slim\n${run}\n`).layers[0]!.uncompressedBytes.estimate;
    expect(torch("RUN pip install --no-cache-dir torch==2.5.1")).toBe(4500 * 1e6);
    expect(torch("RUN pip install --no-cache-dir --index-url https://download.pytorch.org/whl/cpu torch")).toBe(750 * 1e6);
    expect(torch("RUN pip install --no-cache-dir torch==2.5.1+cpu -f https://download.pytorch.org/whl/torch_stable.html")).toBe(750 * 1e6);
  });

  it("sizes composer installs by composer.lock, without dev packages under --no-dev, and their cache", () => {
    const lock = { path: "composer.lock", content: JSON.stringify({ packages: Array.from({ length: 100 }, (_, i) => ({ name: `p/${i}` })), "packages-dev": Array.from({ length: 40 }, (_, i) => ({ name: `d/${i}` })) }) };
    const [all] = shipped("FROM php:8.3-cli\nWORKDIR /app\nRUN composer install\n", [lock]).layers;
    // 140 packages × 0.7 MB, and the cache: 0.3 of that.
    expect(all!.reason).toBe("composer install: 140 packages in composer.lock: ≈ 98 MB; composer cache left in /root/.cache/composer (no --no-cache)");
    expect(all!.uncompressedBytes.estimate).toBe(98 * 1e6 + 29.4 * 1e6);
    const [production] = shipped("FROM composer:2\nENV COMPOSER_HOME=/tmp\nRUN composer install --no-dev --no-interaction --working-dir=/srv\n", [lock]).layers;
    expect(production!.reason).toBe("composer install: 100 packages in composer.lock (--no-dev): ≈ 70 MB; composer cache left in /tmp/cache (no --no-cache)");
    // What a later stage copies of vendor/ is what the install made there, whichever way WORKDIR is written.
    const copied = estimate("FROM composer:2 AS vendor\nWORKDIR /usr/local/src/\nRUN composer install --no-dev --no-cache\nFROM php:8.3-cli\nCOPY --from=vendor /usr/local/src/vendor /app/vendor\n", [lock]);
    expect(copied.stages[1]!.layers[0]!.compressedBytes).toEqual(copied.stages[0]!.layers[0]!.compressedBytes);
    const [unknown] = shipped("FROM php:8.3-cli\nRUN composer install --no-dev --no-cache && composer dump-autoload -o\n").layers;
    expect(unknown!.reason).toBe("composer install: ≈ 75 MB");
    expect(unknown!.assumptions).toEqual(["composer.lock not in the review: vendor/ assumed ≈ 75 MB (10–300 MB)"]);
  });

  it("sizes a Maven or Gradle build and the jar a later stage copies out of it", () => {
    const maven = estimate("FROM eclipse-temurin:21-jdk AS build\nWORKDIR /src\nCOPY . .\nRUN ./mvnw dependency:go-offline\nRUN ./mvnw -B package -DskipTests\nFROM eclipse-temurin:21-jre\nCOPY --from=build /src/target/app.jar /app.jar\n");
    const [, dependencies, build] = maven.stages[0]!.layers;
    // ~/.m2: 150 MB at 0.85; target/: 60 MB at 0.7, its jar 40 MB at 0.95; the dependencies are counted once.
    expect(dependencies!.compressedBytes.estimate).toBe(127500000);
    expect(build!.reason).toBe("Maven build: /src/target");
    expect(build!.compressedBytes.estimate).toBe(42000000);
    const copied = maven.stages[1]!.layers[0]!;
    expect(copied.compressedBytes.estimate).toBe(38000000);
    expect(copied.reason).toContain("the artifact of Maven build");
    // Gradle, with its cache in a cache mount: the build directory alone.
    const gradle = estimate("FROM gradle:8-jdk21 AS build\nWORKDIR /home/gradle\nCOPY . .\nRUN --mount=type=cache,target=/root/.gradle gradle bootJar --no-daemon\nFROM eclipse-temurin:21-jre\nCOPY --from=build /home/gradle/build/libs/*.jar /app.jar\n");
    expect(gradle.stages[0]!.layers[1]!.compressedBytes.estimate).toBe(42000000);
    expect(gradle.stages[1]!.layers[0]!.compressedBytes.estimate).toBe(38000000);
  });

  it("sizes a .NET publish, framework-dependent or self-contained, what a later stage copies of it, and the NuGet cache", () => {
    const dotnet = estimate("FROM mcr.microsoft.com/dotnet/sdk:8.0 AS build\nWORKDIR /src\nCOPY . .\nRUN dotnet restore\nRUN dotnet publish -c Release -o /app --self-contained false --no-restore\nFROM mcr.microsoft.com/dotnet/aspnet:8.0\nCOPY --from=build /app /app\n");
    const [, restore, publish] = dotnet.stages[0]!.layers;
    expect(restore!.reason).toBe("NuGet dependencies in /root/.nuget/packages");
    expect(publish!.reason).toBe("dotnet build output /app (framework-dependent)");
    // 20 MB at 0.45.
    expect(dotnet.stages[1]!.layers[0]!.compressedBytes.estimate).toBe(9000000);
    const selfContained = estimate("FROM mcr.microsoft.com/dotnet/sdk:8.0 AS build\nWORKDIR /src\nCOPY . .\nRUN dotnet publish -c Release -r linux-x64 --self-contained -o /out\nFROM mcr.microsoft.com/dotnet/runtime-deps:8.0\nCOPY --from=build /out /app\n");
    // 90 MB at 0.45; the publish restored too, so its layer also holds the NuGet cache.
    expect(selfContained.stages[1]!.layers[0]!.compressedBytes.estimate).toBe(40500000);
    expect(selfContained.stages[0]!.layers[1]!.reason).toBe("dotnet build output /out (self-contained, with the .NET runtime); NuGet dependencies in /root/.nuget/packages");
  });

  it("sizes system files copied into a small image as the package that provides them, not as an unknown copy", () => {
    const scratch = estimate("FROM golang:1.23 AS build\nRUN CGO_ENABLED=0 go build -o /app .\nFROM scratch\nCOPY --from=build /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/\nCOPY --from=alpine:3.21 /usr/share/zoneinfo /etc/passwd /usr/share/\n");
    const [certs, zoneinfo] = scratch.stages[1]!.layers;
    // ca-certificates: 396 288 B installed; tzdata 2 634 752 B and /etc/passwd's 2 kB.
    expect(certs!.uncompressedBytes.estimate).toBe(396288);
    expect(certs!.reason).toContain("/etc/ssl/certs/ca-certificates.crt (from ca-certificates, ≈ 396 kB)");
    expect(zoneinfo!.uncompressedBytes.estimate).toBe(2634752 + 2000);
    expect(zoneinfo!.assumptions).toEqual([]);
  });

  it("counts files of earlier layers that a chown or chmod writes again", () => {
    const result = estimate("FROM node:22-slim\nWORKDIR /app\nCOPY . .\nRUN chown -R node:node /app\nADD https://example.com/tool /usr/local/bin/tool\nRUN chmod +x /usr/local/bin/tool\n");
    const [copy, chown, add, chmod] = result.stages[0]!.layers;
    // The whole context (5 MB, compressed at 0.35) a second time; then the 5 MB download (compressed at 0.8) again.
    expect(chown!.uncompressedBytes).toEqual(copy!.uncompressedBytes);
    expect(chown!.compressedBytes).toEqual({ estimate: 1750000, low: 250000, high: 12000000 });
    expect(chown!.reason).toBe("chown -R /app writes again what the layer of line 3 put there: ≈ 5 MB");
    expect(chmod!.compressedBytes).toEqual(add!.compressedBytes);
    expect(chmod!.compressedBytes.estimate).toBe(4000000);
    expect(result.rewrites.map((rewrite) => rewrite.range.start.line)).toEqual([4, 6]);
  });

  it("counts no rewrite of a directory's own mode, of the base image's files, or of files made in the same layer", () => {
    const result = estimate("FROM node:22-slim\nCOPY . /app\nRUN chmod 755 /app && chown -R node /usr/local/lib\nRUN npm install -g pm2 && chown -R node /usr/local/lib/node_modules\n");
    const [, modes, install] = result.stages[0]!.layers;
    expect(modes!.reason).toBe("no size-relevant command");
    expect(install!.reason).not.toContain("writes again");
    expect(result.rewrites).toEqual([]);
  });

  it("resumes at a stage with the same result as a full re-estimate", () => {
    const text = "FROM golang:1.23 AS build\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 go build -o /out/app .\nFROM node:20\nCOPY --from=build /out/app /app\nRUN npm install -g pm2\n";
    const model = parseDockerfile(text);
    const first = estimateStages({ model });
    const full = estimateStages({ model, shippedBase: "node:20-slim" });
    const resumed = estimateStages({ model, shippedBase: "node:20-slim", resume: { estimate: first, fromStage: 1 } });
    expect(resumed.stages).toEqual(full.stages);
    expect(resumed.stages[0]).toBe(first.stages[0]);
    expect(resumed.staticBinaryShipped).toBe(full.staticBinaryShipped);
  });

  it("counts an archive unpacked in a later layer than the one that brought it", () => {
    const layers = shipped(
      "FROM debian:bookworm-slim\nRUN curl -fsSLo /tmp/go.tgz https://go.dev/dl/go1.23.4.linux-amd64.tar.gz\nRUN tar -xzf /tmp/go.tgz -C /usr/local && rm /tmp/go.tgz\n" +
        "COPY vendor.tar.gz /tmp/\nRUN tar -xzf /tmp/vendor.tar.gz -C /opt\n",
    ).layers;
    // The Go tarball: downloaded (its compressed size), then unpacked (as the table sizes go 1.23 on disk).
    expect(layers[1]!.reason).toContain("unpacked");
    expect(layers[1]!.uncompressedBytes.estimate).toBeGreaterThan(3 * layers[0]!.uncompressedBytes.estimate);
    // Another archive: about three times its own size.
    expect(layers[3]!.reason).toMatch(/^vendor\.tar\.gz unpacked/);
    expect(layers[3]!.uncompressedBytes.estimate).toBe(3 * layers[2]!.uncompressedBytes.estimate);
  });

  it("never throws on broken input", () => {
    for (const text of ["", "RUN x", "FROM", "FROM a AS b\nCOPY --from=b\nADD\nRUN apt-get install\nFROM b\n", "FROM $X\nWORKDIR ../..\nRUN rm -rf /\n"]) {
      expect(() => estimate(text)).not.toThrow();
    }
  });
});

describe("what the stages read of their base", () => {
  const reads = (text: string) => {
    const model = parseDockerfile(text);
    const stage = estimateStages({ model }).progress.baseReads.get(model.stages.length - 1);
    return stage && { packages: stage.packages, variables: [...stage.variables] };
  };

  it("is the packages and OS for apt, and the variables the file does not set", () => {
    expect(reads("FROM debian:bookworm-slim\nRUN apt-get update && apt-get install -y curl\n")).toEqual({ packages: true, variables: [] });
    expect(reads("FROM node:22\nARG TAG=1\nRUN curl -fsSLo /tmp/a.tgz https://example.com/$NODE_VERSION/$TAG.tgz\n")).toEqual({ packages: false, variables: ["NODE_VERSION"] });
  });

  it("is nothing for instructions that read only the file", () => {
    expect(reads("FROM node:22\nENV DIR=/app\nWORKDIR $DIR\nCOPY . .\nRUN npm ci --omit=dev && npm cache clean --force\n")).toBeUndefined();
  });
});

describe("laterDeletionsOf", () => {
  const INSTALL = "FROM debian:bookworm-slim\nRUN apt-get update && apt-get install -y curl gcc\n";
  const deletions = (text: string) => laterDeletionsOf(parseDockerfile(text)).map((deletion) => `${deletion.what} ${deletion.path}`);
  /** What the whole estimate finds in the stages that ship. */
  const fromWholeEstimate = (text: string) => {
    const model = parseDockerfile(text);
    return estimateStages({ model }).laterDeletions.filter((deletion) => model.stages[deletion.stageIndex]?.ships);
  };

  it("finds files and packages that a later RUN deletes", () => {
    expect(deletions(`${INSTALL}RUN rm -rf /var/lib/apt/lists/*\n`)).toEqual(["files /var/lib/apt/lists"]);
    expect(deletions(`${INSTALL}RUN sudo apt-get purge -y --auto-remove gcc\n`)).toEqual([expect.stringMatching(/^packages gcc/)]);
    expect(deletions(`${INSTALL}RUN apt remove -y curl\n`)).toEqual(["packages curl"]);
  });

  it("takes away with --auto-remove only what nothing asked for by name, nor the base image, still needs", () => {
    // gcc's compiler parts go, but not curl, which was asked for by name, nor the libraries curl needs.
    const [gcc] = deletions(`${INSTALL}RUN apt-get purge -y --auto-remove gcc\n`);
    expect(gcc).toMatch(/^packages gcc cpp/);
    expect(gcc!.split(" ")).not.toContain("curl");
    expect(gcc!.split(" ")).not.toContain("libcurl4");
    // libcurl4 asked for by name in an earlier RUN stays when the RUN that installed curl purges it again.
    const byName = "FROM debian:bookworm-slim\nRUN apt-get update && apt-get install -y --no-install-recommends libcurl4\n";
    expect(deletions(`${byName}RUN apt-get update && apt-get install -y --no-install-recommends curl && apt-get purge -y --auto-remove curl\n`)).toEqual([]);
    // Without it, curl's own dependencies go with curl: a later RUN removing them frees nothing.
    const curl = "FROM debian:bookworm-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl\n";
    expect(deletions(`${curl}RUN apt-get purge -y --auto-remove curl\n`)).toEqual([expect.stringMatching(/^packages curl libcurl4 /)]);
  });

  it("finds none for partial deletes, apk and dnf removals, apt removals naming nothing, and mentions", () => {
    for (const script of ["find /var/lib/apt/lists -type f -delete", "apk del .build-deps", "dnf remove -y gcc", "apt-get purge -y --auto-remove", "echo rm -rf /var/lib/apt/lists"]) {
      expect(deletions(`${INSTALL}RUN ${script}\n`), script).toEqual([]);
    }
  });

  it("finds none in stages that do not ship, nor for a deletion in the layer that made the files", () => {
    expect(deletions(`${INSTALL.replace("bookworm-slim", "bookworm-slim AS build")}RUN rm -rf /var/lib/apt/lists/*\nFROM scratch\n`)).toEqual([]);
    expect(deletions("FROM debian:bookworm-slim\nRUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*\n")).toEqual([]);
  });

  it("agrees with the whole estimate when it leaves out stages and the instructions after the last deletion", () => {
    const text = [
      "FROM golang:1.23 AS build",
      "RUN go build -o /out/app ./...",
      "FROM debian:bookworm-slim AS unused",
      "COPY --from=build /out /out",
      "FROM node:22 AS docs",
      "RUN npm ci && rm -rf /root/.npm",
      "FROM debian:bookworm-slim AS base",
      "RUN apt-get update && apt-get install -y curl",
      "FROM base",
      "COPY --from=build /out /usr/local/bin",
      "RUN rm -rf /var/lib/apt/lists/* /usr/local/bin",
      "RUN apt-get update && apt-get install -y git",
      "",
    ].join("\n");
    expect(laterDeletionsOf(parseDockerfile(text))).toEqual(fromWholeEstimate(text));
    expect(deletions(text)).toEqual(["files /var/lib/apt/lists", "files /usr/local/bin"]);
  });

  it("reads them from an estimate it is given", () => {
    const model = parseDockerfile(`${INSTALL}RUN rm -rf /var/lib/apt/lists/*\n`);
    const estimate = estimateStages({ model });
    expect(laterDeletionsOf(model, [], {}, estimate)).toEqual(estimate.laterDeletions);
  });
});
