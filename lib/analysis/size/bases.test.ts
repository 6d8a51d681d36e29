import { describe, expect, it } from "vitest";
import "./bundled-data";
import { baseReference, resolveBase, runtimeSize } from "./bases";
import { RUNTIMES } from "./heuristics";

describe("baseReference", () => {
  it("drops registry defaults and digests", () => {
    expect(baseReference("docker.io/library/node:20-slim@sha256:abc")).toEqual({ name: "node", tag: "20-slim" });
    expect(baseReference("gcr.io/distroless/static-debian12")).toEqual({ name: "gcr.io/distroless/static-debian12", tag: undefined });
    expect(baseReference("localhost:5000/app")).toEqual({ name: "localhost:5000/app", tag: undefined });
  });
});

describe("resolveBase", () => {
  it("uses the published sizes of a known tag", () => {
    const base = resolveBase("debian:bookworm-slim");
    expect(base.estimate.compressedBytes.estimate).toBe(28232590);
    expect(base.estimate.uncompressedBytes.estimate).toBe(74830000);
    expect(base.estimate.matched).toBeUndefined();
    expect(base.osFamily).toBe("debian");
    expect(base.packages.has("apt")).toBe(true);
  });

  it("reads Debian version tags as codenames", () => {
    expect(resolveBase("debian:12-slim").estimate.compressedBytes.estimate).toBe(28232590);
  });

  it("matches an unknown tag to the nearest known one of the same image and family, and says so", () => {
    const base = resolveBase("node:20.11-alpine3.19");
    expect(base.estimate.matched).toBe("node:20-alpine");
    expect(base.estimate.note).toContain("nearest known: node:20-alpine");
    expect(base.estimate.compressedBytes.estimate).toBe(47955597);
    expect(resolveBase("python:3.12-slim-bookworm").estimate.matched).toBe("python:3.12-slim");
    expect(resolveBase("golang:1.23.4").estimate.matched).toBe("golang:1.23");
  });

  it("is empty for scratch", () => {
    const base = resolveBase("scratch");
    expect(base.estimate.compressedBytes).toEqual({ estimate: 0, low: 0, high: 0 });
    expect(base.osFamily).toBe("scratch");
  });

  it("sizes distroless from its packages (hand sum of base-files, netbase, tzdata, media-types)", () => {
    const base = resolveBase("gcr.io/distroless/static-debian12:nonroot");
    expect(base.estimate.uncompressedBytes.estimate).toBe((341 + 36 + 2573 + 92) * 1024);
    // Their files gzipped, as measured (scripts/data/debian-gzip-bytes.json).
    expect(base.estimate.compressedBytes.estimate).toBe(95422 + 11820 + 438990 + 27785);
    expect(base.estimate.note).toContain("package composition");
    // base-debian12 adds libc6 and libssl3 to static.
    expect(resolveBase("gcr.io/distroless/base-debian12").estimate.uncompressedBytes.estimate).toBe((341 + 36 + 2573 + 92 + 13001 + 6030) * 1024);
  });

  it("derives the packages of language images from buildpack-deps", () => {
    const base = resolveBase("node:22");
    expect(base.packages.has("git")).toBe(true);
    expect(base.packages.has("gcc")).toBe(true);
    expect(resolveBase("golang:1.23").packages.has("gcc")).toBe(false);
  });

  it("gives service images built on debian's slim image that image's packages, not buildpack-deps'", () => {
    for (const reference of ["nginx:1.27", "php:8.3-cli", "httpd:2.4"]) {
      const { packages } = resolveBase(reference);
      expect(packages.has("libc6"), reference).toBe(true);
      expect(packages.has("gcc"), reference).toBe(false);
      expect(packages.has("git"), reference).toBe(false);
    }
  });

  it("reads each image's installs from its own release's packages", () => {
    // Trixie's apt is built on OpenSSL (libssl3t64, named for 64-bit time) where bookworm's used GnuTLS.
    for (const reference of ["debian:trixie-slim", "debian:13", "nginx:latest", "python:3.13-slim", "node:22-trixie-slim"]) {
      const base = resolveBase(reference);
      expect(base.release, reference).toBe("trixie");
      expect(base.packages.has("libssl3t64"), reference).toBe(true);
      expect(base.packages.has("libgnutls30t64"), reference).toBe(false);
    }
    const bookworm = resolveBase("debian:bookworm-slim");
    expect(bookworm.release).toBe("bookworm");
    expect(bookworm.packages.has("libgnutls30")).toBe(true);
    // Ubuntu 24.04 has trixie's generation of libraries (64-bit time names); 22.04 bookworm's.
    expect(resolveBase("ubuntu:24.04").release).toBe("trixie");
    expect(resolveBase("ubuntu:22.04").release).toBe("bookworm");
    expect(resolveBase("gcr.io/distroless/cc-debian13").release).toBe("trixie");
    expect(resolveBase("alpine:3.23").release).toBe("bookworm");
  });

  it("states a wide guess for images it does not know", () => {
    const base = resolveBase("example.com/team/app:1.0");
    expect(base.estimate.note).toContain("not in the size data");
    expect(base.estimate.compressedBytes).toEqual({ estimate: 150e6, low: 30e6, high: 600e6 });
    expect(base.osFamily).toBe("other");
    expect(base.packages.size).toBe(0);
  });

  it("takes an unknown image that the file runs apt on for Debian, with the slim image's packages", () => {
    const base = resolveBase("example.com/team/app:1.0", true);
    expect(base.osFamily).toBe("debian");
    expect([...base.packages].sort()).toEqual([...resolveBase("debian:bookworm-slim").packages].sort());
    expect(base.estimate.note).toBe("example.com/team/app is not in the size data: assumed a typical image, Debian-based since the file runs apt on it, with the packages of debian:bookworm-slim");
    expect(base.estimate.compressedBytes.estimate).toBe(150e6);
  });

  it("reads the OS of an unknown image from a codename or OS its reference names", () => {
    const noble = resolveBase("mcr.microsoft.com/playwright:v1.62.1-noble");
    expect(noble.osFamily).toBe("ubuntu");
    expect(noble.packages).toBe(resolveBase("ubuntu:24.04").packages);
    expect(noble.estimate.note).toContain("Ubuntu-based since its reference names noble, with the packages of ubuntu:24.04");
    expect(resolveBase("example.com/app:2-jammy").packages).toBe(resolveBase("ubuntu:22.04").packages);
    expect(resolveBase("ghcr.io/linuxserver/baseimage-ubuntu:resolute").osFamily).toBe("ubuntu");
    const trixie = resolveBase("example.com/app:1-trixie");
    expect(trixie.osFamily).toBe("debian");
    expect(trixie.packages).toBe(resolveBase("debian:trixie-slim").packages);
    expect(trixie.release).toBe("trixie");
    expect(trixie.estimate.note).toContain("Debian-based since its reference names trixie, with the packages of debian:trixie-slim");
  });

  it("sizes a full language image whose slim variant alone is known as buildpack-deps plus the runtime", () => {
    // ruby:slim (trixie) is 80.8 MB, debian:trixie-slim 29.8 MB, buildpack-deps:trixie 379.1 MB.
    const ruby = resolveBase("ruby:3.3");
    expect(ruby.estimate.compressedBytes.estimate).toBe(379116043 + (80802397 - 29780765));
    expect(ruby.estimate.note).toContain("sized as buildpack-deps:trixie plus what ruby:slim adds to debian:trixie-slim");
    // Another Java flavour: the published size of the JRE, with a wide range.
    const jdk = resolveBase("eclipse-temurin:21-jdk").estimate.compressedBytes;
    expect([jdk.low, jdk.high]).toEqual([121136054 * 0.5, 121136054 * 2]);
    // The same variant under another tag: a range wider than a published size's.
    const node = resolveBase("node:22.11-bookworm-slim").estimate.compressedBytes;
    expect(node.high / node.estimate).toBeCloseTo(1.3);
  });

  it("never sizes an Alpine tag as the image's Debian variant, nor the other way round", () => {
    // Only php:cli (Debian, 189 MB) is known; php:8.4-cli-alpine downloads about 35 MB.
    const alpine = resolveBase("php:8.4-cli-alpine");
    expect(alpine.record).toBeUndefined();
    expect(alpine.osFamily).toBe("alpine");
    expect(alpine.estimate.compressedBytes.estimate).toBe(40e6);
    expect(alpine.estimate.note).toBe("php:8.4-cli-alpine is not in the size data, and no Alpine variant of php is: assumed an Alpine-based image");
    // golang has both: each tag keeps to its own C library.
    expect(resolveBase("golang:1.24-alpine3.21").estimate.matched).toBe("golang:1.25-alpine");
    expect(resolveBase("golang:1.24").estimate.matched).toBe("golang:1.25-bookworm");
  });

  it("keeps to the tag's flavour before its release: -scm is a third of the full buildpack-deps", () => {
    expect(resolveBase("buildpack-deps:trixie-scm").estimate.matched).toBe("buildpack-deps:bookworm-scm");
    expect(resolveBase("buildpack-deps:trixie-curl").estimate.matched).toBe("buildpack-deps:bookworm-curl");
    expect(resolveBase("buildpack-deps:bullseye").estimate.matched).toBe("buildpack-deps:bookworm");
  });

  it("sizes Windows images as Windows, never as a Linux tag of the same image", () => {
    const golang = resolveBase("golang:windowsservercore");
    expect(golang.record).toBeUndefined();
    expect(golang.estimate.compressedBytes).toEqual({ estimate: 1.9e9, low: 1.4e9, high: 3.5e9 });
    expect(golang.estimate.note).toContain("Windows images are not in the size data: assumed Windows Server Core");
    expect(resolveBase("mcr.microsoft.com/windows/nanoserver:ltsc2022").estimate.uncompressedBytes.estimate).toBe(300e6);
  });
});

describe("baseReference with variables", () => {
  it("reads an unknown tag as latest but keeps an unknown image unknown", () => {
    expect(baseReference("node:${NODE_VERSION}-alpine")).toEqual({ name: "node", tag: "latest-alpine" });
    expect(baseReference("${UV_IMAGE}")).toEqual({ name: "${uv_image}", tag: undefined });
  });
});

describe("runtimeSize", () => {
  it("compares versions part by part and sizes a version by the next known release", () => {
    // 1.20 is after 1.19 (as a number it was 1.2); Go 1.20 dropped the precompiled pkg/ that made 1.19 twice as big.
    expect(runtimeSize(RUNTIMES.go!, "1.20").version).toBe("1.23");
    expect(runtimeSize(RUNTIMES.go!, "1.19").version).toBe("1.19");
    expect(runtimeSize(RUNTIMES.python!, "3.10").version).toBe("3.11");
    expect(runtimeSize(RUNTIMES.python!, "3.9").version).toBe("3.9");
    // Newer than any known: the newest.
    expect(runtimeSize(RUNTIMES.node!, "26").version).toBe("24");
  });
});
