import { describe, expect, it, vi } from "vitest";
import { analyze, analyzeFile } from "../engine";
import { analysisEvents } from "../events";
import "./bundled-data";

const NODE_APP = 'FROM node:20\nRUN apt-get update && apt-get install -y --no-install-recommends wget\nUSER node\nCMD ["node", "server.js"]\n';

describe("size in the report", () => {
  const report = analyzeFile({ path: "Dockerfile", content: NODE_APP });
  const size = report.size!;

  it("gives the shipped image's compressed and uncompressed size with ranges", () => {
    // node:20 is 397 742 964 B compressed; wget adds nothing to it (node:20 has it) but the lists (15.3 MB).
    expect(size.compressedBytes.estimate).toBe(397742964 + 15323000);
    expect(size.compressedBytes.low).toBeLessThan(size.compressedBytes.estimate);
    expect(size.compressedBytes.high).toBeGreaterThan(size.compressedBytes.estimate);
    expect(size.uncompressedBytes.estimate).toBeGreaterThan(size.compressedBytes.estimate);
    expect(size.assumptions).toContain("node:20: on-disk size estimated from the published compressed size");
  });

  it("compares with the safe fixes applied and with smaller bases", () => {
    const byKind = (kind: string) => size.comparisons.filter((c) => c.kind === kind);
    expect(byKind("current")[0]!.savingBytes).toBe(0);
    expect(byKind("safe-fixes")[0]).toMatchObject({ label: "after all safe fixes", savingBytes: 15323000 });
    const bases = byKind("alternative-base").map((c) => c.base);
    expect(bases).toEqual(expect.arrayContaining(["node:20-slim", "node:20-alpine", "gcr.io/distroless/nodejs22-debian13"]));
    for (const alternative of byKind("alternative-base")) {
      expect(alternative.savingBytes).toBeGreaterThan(0);
      expect(alternative.caveat!.length).toBeGreaterThan(20);
    }
  });

  it("gives each alternative base the edit of the FROM that tries it, unless the FROM reads a variable", () => {
    const slim = size.comparisons.find((c) => c.base === "node:20-slim")!;
    expect(slim.edits).toEqual([{ range: { start: { line: 1, column: 6 }, end: { line: 1, column: 13 } }, text: "node:20-slim" }]);
    const variable = analyzeFile({ path: "Dockerfile", content: NODE_APP.replace("FROM node:20", "ARG NODE=20\nFROM --platform=linux/amd64 node:${NODE}") });
    const alternatives = variable.size!.comparisons.filter((c) => c.kind === "alternative-base");
    expect(alternatives.map((c) => c.base)).toContain("node:20-slim");
    expect(alternatives.every((c) => c.edits === undefined)).toBe(true);
  });

  it("keeps the language version the file asks for in the smaller bases it tries", () => {
    // The data knows python:3.13 (full) and 3.12-slim, but no 3.12 full nor 3.12-alpine.
    const python = analyzeFile({ path: "Dockerfile", content: 'FROM python:3.12\nCOPY . /app\nCMD ["python", "/app/main.py"]\n' });
    const bases = python.size!.comparisons.filter((c) => c.kind === "alternative-base").map((c) => c.base);
    expect(bases).toEqual(expect.arrayContaining(["python:3.12-slim", "python:3.12-alpine"]));
    expect(bases).not.toContain("python:3.13-slim");
  });

  it("offers no Linux base for a Windows image", () => {
    const windows = analyzeFile({ path: "Dockerfile", content: 'FROM golang:windowsservercore\nRUN go build -o app.exe .\nCMD ["app.exe"]\n' });
    expect(windows.size!.comparisons.filter((c) => c.kind === "alternative-base")).toEqual([]);
  });

  it("puts the estimated saving on the size findings", () => {
    const lists = report.findings.find((finding) => finding.rule === "no-apt-lists-left")!;
    expect(lists.sizeImpact).toEqual({ bytes: 15323000, uncompressedBytes: 19900000, basis: "re-estimated with the fix applied" });
    const later = analyzeFile({ path: "Dockerfile", content: "FROM debian:bookworm-slim\nRUN apt-get update && apt-get install -y --no-install-recommends wget\nRUN rm -rf /var/lib/apt/lists/*\n" });
    expect(later.findings.find((finding) => finding.rule === "no-delete-in-later-layer")!.sizeImpact)
      .toEqual({ bytes: 15323000, uncompressedBytes: 19900000, basis: "the bytes the earlier layer keeps" });
  });

  it("puts the bytes a chown writes again on its finding, with the whole fix or with the part that is shown", () => {
    const impactOf = (content: string) => analyzeFile({ path: "Dockerfile", content }).findings.find((finding) => finding.rule === "prefer-copy-chown")!.sizeImpact;
    // The build context (5 MB, compressed at 0.35) is written a second time.
    expect(impactOf("FROM node:22-slim\nWORKDIR /app\nCOPY . .\nRUN chown -R node:node /app\n")).toEqual({ bytes: 1750000, uncompressedBytes: 5000000, basis: "re-estimated with the fix applied" });
    // The fix deletes the RUN after the edited COPY: the same as estimating the fixed file, the RUN's layer gone.
    expect(impactOf("FROM node:22-slim\nWORKDIR /app\nCOPY . .\nRUN chown -R node:node /app\nRUN npm ci\n")).toEqual({ bytes: 1750000, uncompressedBytes: 5000000, basis: "re-estimated with the fix applied" });
    // The fix only adds --chown (the chown also covers /data): the bytes of the rewrite itself.
    expect(impactOf("FROM node:22-slim\nWORKDIR /app\nCOPY . .\nRUN chown -R node:node /app /data\n")).toEqual({ bytes: 1750000, uncompressedBytes: 5000000, basis: "the bytes the command writes a second time" });
  });

  it("gives a fix the same impact whether later layers are reused or read again", () => {
    // Dropping wget's Recommends (ca-certificates among them) changes what the later installs add: the impact must
    // equal the difference between estimating the file as written and as fixed.
    const shipped = (text: string) => analyzeFile({ path: "Dockerfile", content: text }, { size: {} }).size!.compressedBytes.estimate;
    const tail = "RUN apt-get install -y --no-install-recommends curl\nRUN apt-get install -y --no-install-recommends ca-certificates\n";
    const written = `FROM debian:bookworm-slim\nRUN apt-get update && apt-get install -y wget && rm -rf /var/lib/apt/lists/*\n${tail}`;
    const fixed = written.replace("install -y wget", "install -y --no-install-recommends wget");
    const recommends = analyzeFile({ path: "Dockerfile", content: written }).findings.find((finding) => finding.rule === "use-no-install-recommends")!;
    expect(recommends.sizeImpact!.bytes).toBe(shipped(written) - shipped(fixed));
    expect(recommends.sizeImpact!.bytes).toBeGreaterThan(0);
  });

  it("reads the later layers again when a fix changes what a later deletion finds", () => {
    // Without the index the first RUN leaves, the later rm deletes nothing earlier and is sized as a small RUN.
    const shipped = (text: string) => analyzeFile({ path: "Dockerfile", content: text }).size!.compressedBytes.estimate;
    const written = "FROM alpine:3.20\nRUN apk add curl\nRUN mkdir /app\nRUN rm -rf /var/cache/apk/*\n";
    const fixed = written.replace("apk add curl", "apk add --no-cache curl");
    const cache = analyzeFile({ path: "Dockerfile", content: written }).findings.find((finding) => finding.rule === "use-apk-no-cache" && finding.range.start.line === 2)!;
    expect(cache.fixes[0]!.edits.length).toBeGreaterThan(0);
    expect(cache.sizeImpact?.bytes ?? 0).toBe(shipped(written) - shipped(fixed));
  });

  it("gives a fix appended after `fi` the impact the fixed file has, later RUNs deleting only in ruled-out branches", () => {
    const shipped = (text: string) => analyzeFile({ path: "Dockerfile", content: text }).size!.compressedBytes.estimate;
    const written = "FROM debian:bookworm-slim\nARG CLEAN=false\nRUN apt-get update && if true; then apt-get install -y --no-install-recommends wget; fi\n"
      + "RUN if [ \"$CLEAN\" = true ]; then rm -rf /var/lib/apt/lists/*; fi\nRUN mkdir /app\n";
    const lists = analyzeFile({ path: "Dockerfile", content: written }).findings.find((finding) => finding.rule === "no-apt-lists-left")!;
    const fixed = written.replace("wget; fi\n", "wget; fi && rm -rf /var/lib/apt/lists/*\n");
    expect(lists.fixes[0]!.edits[0]!.text).toBe(" && rm -rf /var/lib/apt/lists/*");
    expect(lists.sizeImpact!.bytes).toBe(shipped(written) - shipped(fixed));
    expect(lists.sizeImpact!.bytes).toBeGreaterThan(0);
    // The same cleanup appended to another RUN is that RUN's own re-estimate: its update never runs, nothing to save.
    const second = `${written}RUN if [ "$CLEAN" = true ]; then apt-get update && apt-get install -y --no-install-recommends curl; fi\n`;
    const impacts = analyzeFile({ path: "Dockerfile", content: second }).findings.filter((finding) => finding.rule === "no-apt-lists-left").map((finding) => finding.sizeImpact?.bytes ?? 0);
    expect(impacts).toEqual([lists.sizeImpact!.bytes, 0]);
  });

  it("gives no impact to a fix inside an `if` branch the build arguments rule out, and one when they let it run", () => {
    const written = (install: string) =>
      `FROM debian:bookworm-slim\nARG INSTALL_GIT=${install}\nRUN apt-get update && if [ "$INSTALL_GIT" = true ]; then apt-get install -y git; fi && rm -rf /var/lib/apt/lists/*\n`;
    const review = (install: string) => analyzeFile({ path: "Dockerfile", content: written(install) });
    const recommends = (install: string) => review(install).findings.find((finding) => finding.rule === "use-no-install-recommends")!;
    expect(recommends("false").fixes[0]!.edits.length).toBeGreaterThan(0);
    expect(recommends("false").sizeImpact).toBeUndefined();
    const afterFixes = review("false").size!.comparisons.filter((comparison) => comparison.kind === "safe-fixes" || comparison.kind === "all-fixes");
    expect(afterFixes.length).toBeGreaterThan(0);
    for (const comparison of afterFixes) expect(comparison.savingBytes).toBe(0);
    // Allowed to run, the same fix drops git's Recommends: the impact is the difference the fixed file makes.
    const shipped = (text: string) => analyzeFile({ path: "Dockerfile", content: text }).size!.compressedBytes.estimate;
    const fixed = written("true").replace("install -y git", "install -y --no-install-recommends git");
    expect(recommends("true").sizeImpact!.bytes).toBe(shipped(written("true")) - shipped(fixed));
    expect(recommends("true").sizeImpact!.bytes).toBeGreaterThan(0);
  });

  it("leaves a finding about a skipped command out of the impacts and of the comparisons' re-estimates", () => {
    const written = "FROM debian:bookworm-slim\nARG INSTALL_PEAR=false\nRUN apt-get update && apt-get install -y --no-install-recommends wget\n"
      + 'RUN if [ "$INSTALL_PEAR" = true ]; then apt-get update && apt-get install -y --no-install-recommends php-pear; fi\nRUN mkdir /app && rm -rf /var/lib/apt/lists/*\n';
    const review = analyzeFile({ path: "Dockerfile", content: written });
    const [kept, skipped] = review.findings.filter((finding) => finding.rule === "no-apt-lists-left");
    expect(skipped!.range.start.line).toBe(4);
    expect(skipped!.fixes[0]!.edits.length).toBeGreaterThan(0);
    expect(skipped!.sizeImpact).toBeUndefined();
    // The safe fixes save what the fix of line 3 alone saves: the cleanup appended after `fi` is about nothing built.
    const onlyKept = written.replace("install -y --no-install-recommends wget\n", "install -y --no-install-recommends wget && rm -rf /var/lib/apt/lists/*\n");
    const shipped = (text: string) => analyzeFile({ path: "Dockerfile", content: text }).size!.compressedBytes.estimate;
    const safeFixes = review.size!.comparisons.find((comparison) => comparison.kind === "safe-fixes")!;
    expect(safeFixes.compressedBytes.estimate).toBe(shipped(onlyKept));
    expect(kept!.sizeImpact!.bytes).toBe(shipped(written) - shipped(onlyKept));
  });

  it("sizes another base by its own data, reading the layers again only when they read the base", () => {
    // Each alternative's saving must be what a file written FROM that base is estimated to save.
    const savingOf = (text: string, base: string) => {
      const comparisons = analyzeFile({ path: "Dockerfile", content: text }).size!.comparisons;
      const rewritten = analyzeFile({ path: "Dockerfile", content: text.replace(/^FROM \S+/m, `FROM ${base}`) }).size!;
      const current = comparisons.find((c) => c.kind === "current")!.compressedBytes.estimate;
      return { reported: comparisons.find((c) => c.base === base)!.savingBytes, rewritten: current - rewritten.compressedBytes.estimate };
    };
    // npm reads nothing of the base; curl of a versioned tarball reads NODE_VERSION; apt reads the base's packages.
    const npm = "FROM node:20\nWORKDIR /app\nCOPY . .\nRUN npm ci --omit=dev\nUSER node\n";
    const version = "FROM node:20\nRUN curl -fsSL https://nodejs.org/dist/v$NODE_VERSION/node-v$NODE_VERSION-linux-x64.tar.xz | tar -xJ -C /opt\nUSER node\n";
    for (const text of [npm, version, NODE_APP]) {
      for (const base of ["node:20-slim", "node:20-alpine"]) {
        const { reported, rewritten } = savingOf(text, base);
        expect(reported, `${base} for ${text}`).toBe(rewritten);
      }
    }
  });

  it("reads the review's lockfile once, however many re-estimates the fixes and bases need", () => {
    const lockfile = JSON.stringify({ lockfileVersion: 3, packages: { "": {}, "node_modules/a": {}, "node_modules/b": { dev: true } } });
    const dockerfile = "FROM node:20\nWORKDIR /app\nCOPY . .\nRUN npm ci\nRUN apt-get update && apt-get install -y wget\nRUN apt-get update && apt-get install -y curl\nUSER node\n";
    const files = [{ path: "Dockerfile", content: dockerfile }, { path: "package-lock.json", content: lockfile }];
    const parse = vi.spyOn(JSON, "parse");
    try {
      const [reviewed] = analyze(files).files;
      expect(reviewed!.findings.filter((finding) => finding.sizeImpact).length).toBeGreaterThan(1);
      expect(reviewed!.size!.comparisons.length).toBeGreaterThan(2);
      expect(parse.mock.calls.filter(([text]) => text === lockfile)).toHaveLength(1);
    } finally {
      parse.mockRestore();
    }
  });

  it("stops re-estimating for impacts on a very long file, and says so", () => {
    // 190 RUNs with two size findings each: one re-estimate per finding would read the rest of the file 380 times.
    const runs = Array.from({ length: 190 }, () => "RUN apt-get update && apt-get install -y wget").join("\n");
    const report = analyzeFile({ path: "Dockerfile", content: `FROM debian:bookworm-slim\n${runs}\nUSER 1000\n` });
    const lists = report.findings.filter((finding) => finding.rule === "no-apt-lists-left");
    expect(lists).toHaveLength(190);
    expect(lists[0]!.sizeImpact?.bytes).toBeGreaterThan(0);
    expect(lists.at(-1)!.sizeImpact).toBeUndefined();
    const said = report.size!.assumptions.map((assumption) => /^(\d+) of (\d+) size findings have no estimated impact: this file is too long/.exec(assumption)).find(Boolean)!;
    const [missing, total] = [Number(said[1]), Number(said[2])];
    expect(total).toBe(report.findings.filter((finding) => finding.category === "size").length);
    expect(missing).toBeGreaterThan(0);
    expect(missing).toBeLessThan(total);
    // The comparisons are still made.
    expect(report.size!.comparisons.map((c) => c.kind)).toEqual(expect.arrayContaining(["safe-fixes", "all-fixes"]));
  });

  it("counts each command of a long RUN toward that limit, not the RUN once", () => {
    // One RUN of 190 installs, each with its own size finding: re-estimating the RUN once per finding reads 36,100 installs.
    const installs = Array.from({ length: 190 }, (_, i) => `apt-get install -y p${i}`).join(" && ");
    const report = analyzeFile({ path: "Dockerfile", content: `FROM debian:bookworm-slim\nRUN apt-get update && ${installs}\nUSER 1000\n` });
    const recommends = report.findings.filter((finding) => finding.rule === "use-no-install-recommends");
    expect(recommends).toHaveLength(190);
    expect(report.size!.assumptions).toContainEqual(expect.stringMatching(/^\d+ of \d+ size findings have no estimated impact: this file is too long/));
  });

  it("suggests slim Debian and Alpine for plain OS images, of the same Debian release", () => {
    // Alone, ubuntu:22.04 (29.7 MB) is no larger than debian:trixie-slim (29.8 MB); installs leave documentation out there.
    const ubuntu = analyzeFile({ path: "Dockerfile", content: "FROM ubuntu:22.04\nRUN apt-get update && apt-get install -y python3 && rm -rf /var/lib/apt/lists/*\nUSER 1000\n" });
    expect(ubuntu.size!.comparisons.filter((c) => c.kind === "alternative-base").map((c) => c.base)).toEqual(["debian:trixie-slim", "alpine:3.23"]);
    const trixie = analyzeFile({ path: "Dockerfile", content: "FROM debian:trixie\nUSER 1000\n" });
    expect(trixie.size!.comparisons.filter((c) => c.kind === "alternative-base").map((c) => c.base)).toEqual(["debian:trixie-slim", "alpine:3.23"]);
  });

  it("sizes the apt installs on an Alpine alternative as the packages they add to Debian's slim image", () => {
    // The layer is the same on both bases: what it asks for, not glibc and Debian's core again.
    const slim = analyzeFile({ path: "Dockerfile", content: "FROM debian:bookworm-slim\nRUN apt-get update && apt-get install -y --no-install-recommends wget && rm -rf /var/lib/apt/lists/*\nUSER 1000\n" }).size!;
    const layer = slim.stages[0]!.layers[0]!.compressedBytes.estimate;
    const alpine = slim.comparisons.find((c) => c.base === "alpine:3.23")!;
    const alpineBase = analyzeFile({ path: "Dockerfile", content: "FROM alpine:3.23\nUSER 1000\n" }).size!.compressedBytes.estimate;
    expect(alpine.compressedBytes.estimate).toBe(alpineBase + layer);
  });

  it("suggests scratch for a static binary and skips the estimate when asked", () => {
    const go = analyzeFile({ path: "Dockerfile", content: "FROM golang:1.23 AS build\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 go build -o /out/app .\nFROM debian:bookworm-slim\nCOPY --from=build /out/app /app\nUSER 1000\nENTRYPOINT [\"/app\"]\n" });
    expect(go.size!.comparisons.map((c) => c.base)).toEqual(expect.arrayContaining(["gcr.io/distroless/static-debian12", "scratch"]));
    expect(analyzeFile({ path: "Dockerfile", content: NODE_APP }, { size: false }).size).toBeUndefined();
    expect(analyzeFile({ path: "compose.yaml", content: "services: {}\n" }).size).toBeUndefined();
  });
});

describe("analysisEvents", () => {
  it("emits the size of a Dockerfile right after its findings", () => {
    const events = [...analysisEvents([{ path: "Dockerfile", content: NODE_APP }, { path: ".dockerignore", content: "node_modules\n" }])];
    expect(events.map((event) => event.type)).toEqual(["start", "file", "findings", "size", "file", "findings", "done"]);
    const sizeEvent = events[3] as Extract<(typeof events)[number], { type: "size" }>;
    expect(sizeEvent.path).toBe("Dockerfile");
    expect(sizeEvent.size.compressedBytes.estimate).toBe(397742964 + 15323000);
  });
});

describe("a stage of more layers than any image can have", () => {
  it("lists its first 500 and sums the rest into one, keeping the stage's total", () => {
    const content = `FROM debian:12-slim\n${"RUN touch /a\n".repeat(620)}USER 1000\n`;
    const stage = analyzeFile({ path: "Dockerfile", content }).size!.stages[0]!;
    expect(stage.layers).toHaveLength(501);
    const folded = stage.layers[500]!;
    expect(folded.range).toEqual({ start: { line: 502, column: 1 }, end: { line: 621, column: 13 } });
    expect(folded.reason).toBe("120 more layers, lines 502–621, summed: a report lists the first 500 of a stage");
    const sum = stage.layers.reduce((total, layer) => total + layer.compressedBytes.estimate, stage.base.compressedBytes.estimate);
    expect(sum).toBe(stage.compressedBytes.estimate);
  });
});
