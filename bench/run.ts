/**
 * `npm run bench`: our full analysis beside dockerfile-utils' `validate` on the same Dockerfiles, in one process.
 * Each measurement is the median of repeated passes after warm-up passes. Each tool runs its passes in a block of
 * its own, so that one tool's garbage is not collected on the other's time. Times are CPU time of this process
 * (`process.cpuUsage`), which stays comparable on a shared machine where wall-clock time mostly measures waiting
 * for a core. Our analysis is timed twice: without the image-size estimate (`size: false`, and the one rule that
 * reads the estimate, no-delete-in-later-layer, off) and with it (the
 * estimate, its comparisons and per-finding impacts, as the CLI and the API run it; the size data is loaded
 * once before timing, as a server process does; likewise its bounded memo of apt closures, size/debian.ts, lives
 * across passes as it lives across requests). The compose section (bench/compose.ts) follows.
 * `npm run bench -- --shell-parsers` also times the shell parsers
 * we chose between (see lib/analysis/shell/parser.ts).
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { validate } from "dockerfile-utils";
import { analyzeFile } from "../lib/analysis/engine";
import { parseDockerfile } from "../lib/analysis/dockerfile/model";
import { parseShell } from "../lib/analysis/shell/parser";
import "../lib/analysis/size/bundled-data";
import { benchCompose } from "./compose";

const WARMUP = 5;
const PASSES = 11;
const corpus = new URL("../tests/fixtures/corpus/", import.meta.url);

interface Sample { name: string; content: string; lines: number }

function sample(name: string, content: string): Sample {
  return { name, content, lines: content.split("\n").length };
}

function loadCorpus(): Sample[] {
  const manifest = JSON.parse(readFileSync(new URL("manifest.json", corpus), "utf8")) as { file: string; kind: string }[];
  return manifest.filter((entry) => entry.kind === "dockerfile").map((entry) => sample(entry.file, readFileSync(new URL(entry.file, corpus), "utf8")));
}

/** Milliseconds of CPU time (user + system) spent in `work`. */
function cpuTime(work: () => void): number {
  const before = process.cpuUsage();
  work();
  const { user, system } = process.cpuUsage(before);
  return (user + system) / 1000;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** Median milliseconds of CPU time of one pass of `pass`, after warm-up passes. */
function measure(pass: () => void, passes: number): number {
  for (let i = 0; i < WARMUP; i++) pass();
  return median(Array.from({ length: passes }, () => cpuTime(pass)));
}

/** Everything the image-size estimate does left out: the report's estimate and the rule that reads it. */
const WITHOUT_SIZE = { size: false, config: { rules: { "no-delete-in-later-layer": "off" } } } as const;

/** Median milliseconds of one pass of each tool over the files. */
function compare(files: Sample[], passes = PASSES): { withoutSize: number; withSize: number; theirs: number } {
  return {
    withoutSize: measure(() => { for (const file of files) analyzeFile({ path: "Dockerfile", content: file.content }, WITHOUT_SIZE); }, passes),
    withSize: measure(() => { for (const file of files) analyzeFile({ path: "Dockerfile", content: file.content }); }, passes),
    theirs: measure(() => { for (const file of files) validate(file.content); }, passes),
  };
}

const format = (value: number, digits = 1) => value.toFixed(digits).padStart(9);
const rate = (lines: number, ms: number) => `${Math.round((lines / ms) * 1000).toLocaleString("en-US").padStart(11)} lines/s`;

function report(label: string, files: Sample[], passes?: number): void {
  const lines = files.reduce((sum, file) => sum + file.lines, 0);
  const { withoutSize, withSize, theirs } = compare(files, passes);
  console.log(`${label} (${files.length} file${files.length === 1 ? "" : "s"}, ${lines.toLocaleString("en-US")} lines)`);
  console.log(`  shipshape, size off       ${format(withoutSize)} ms ${rate(lines, withoutSize)}`);
  console.log(`  shipshape, size on        ${format(withSize)} ms ${rate(lines, withSize)}`);
  console.log(`  dockerfile-utils validate ${format(theirs)} ms ${rate(lines, theirs)}`);
  console.log(`  ratio, size off           ${format(theirs / withoutSize, 2)}×`);
  console.log(`  ratio, size on            ${format(theirs / withSize, 2)}×`);
}

/** A plausible Dockerfile of about `lines` lines: stages with ARG/ENV, continued RUNs, COPY --from, heredocs. */
function synthetic(lines: number): string {
  const parts: string[] = ["# syntax=docker/dockerfile:1", "ARG BASE_TAG=12-slim"];
  let stage = 0;
  while (parts.length < lines) {
    parts.push(`FROM debian:\${BASE_TAG} AS stage${stage}`, `ENV APP_HOME=/srv/app${stage} PATH=/srv/bin:$PATH`, "WORKDIR $APP_HOME");
    parts.push(
      "RUN apt-get update \\",
      "    && apt-get install -y --no-install-recommends curl ca-certificates git \\",
      "    # a comment inside the continuation",
      "    && curl -fsSL https://example.com/tool.tar.gz | tar -xz -C /usr/local/bin \\",
      "    && rm -rf /var/lib/apt/lists/*",
      "RUN <<EOF",
      "set -eux",
      `if [ -d /opt/x${stage} ]; then echo yes; fi`,
      "EOF",
      `COPY --from=stage${Math.max(0, stage - 1)} --chown=1000:1000 /srv /srv`,
      "USER 1000",
      'CMD ["/srv/bin/app", "--port", "8080"]',
    );
    stage++;
  }
  return `${parts.slice(0, lines).join("\n")}\n`;
}

async function shellParsers(files: Sample[]): Promise<void> {
  const scripts: string[] = [];
  for (const file of files) {
    const model = parseDockerfile(file.content);
    for (const instruction of model.instructions) if (instruction.keyword === "RUN" && instruction.form === "shell") scripts.push(instruction.argsText);
  }
  const bytes = scripts.reduce((sum, script) => sum + script.length, 0);
  console.log(`\nShell parsers on the corpus's ${scripts.length} shell-form RUN scripts (${Math.round(bytes / 1024)} KB):`);
  const time = (label: string, passes: number, pass: () => void) =>
    console.log(`  ${label.padEnd(26)}${format(measure(pass, passes))} ms per pass`);
  time("shipshape parseShell", PASSES, () => { for (const script of scripts) parseShell(script); });
  const require = createRequire(import.meta.url);
  try {
    const sh = require("mvdan-sh");
    const parser = sh.syntax.NewParser();
    time("mvdan-sh (GopherJS)", PASSES, () => { for (const script of scripts) { try { parser.Parse(script, ""); } catch { /* counted as parsed */ } } });
  } catch {
    console.log("  mvdan-sh not installed (npm i --no-save mvdan-sh@0.10.1 to compare)");
  }
  try {
    // Async only, and each call instantiates a Go WASM runtime: one pass over a sample is enough to see the cost.
    const { parse } = require("sh-syntax") as { parse: (script: string) => Promise<unknown> };
    const sample = scripts.slice(0, 50);
    const started = performance.now();
    for (const script of sample) await parse(script).catch(() => undefined);
    const perScript = (performance.now() - started) / sample.length;
    console.log(`  ${"sh-syntax (Go WASM)".padEnd(26)}${format(perScript * scripts.length)} ms per pass (${perScript.toFixed(1)} ms per script, wall clock, 50-script sample)`);
  } catch {
    console.log("  sh-syntax not installed (npm i --no-save sh-syntax@0.7.0 to compare)");
  }
}

const files = loadCorpus();
// Let the JIT settle on both tools before anything is measured: the first measurement would otherwise also pay
// for optimising compilation, which runs on background threads and counts as CPU time.
compare(files, 10);
report("Corpus", files);
const largest = files.reduce((a, b) => (b.content.length > a.content.length ? b : a));
report(`Largest file: ${largest.name}`, [largest], 21);
for (const lines of [5_000, 10_000, 20_000]) report(`Synthetic ${lines.toLocaleString("en-US")}-line Dockerfile`, [sample(`synthetic-${lines}`, synthetic(lines))], 7);
console.log("\nCompose and .dockerignore review (wall clock)");
benchCompose();
if (process.argv.includes("--shell-parsers")) await shellParsers(files);
