/**
 * `npm run bench` (scripts/bench.js runs this file bundled as the server build bundles the library): our analysis
 * beside dockerfile-utils' `validate` on the same Dockerfiles, in one process. Tools are measured in rounds (see
 * `rounds`): in each, every tool runs a few passes in turn, and the ratio shown is the median of the rounds' ratios.
 * Times are CPU time of this process (`process.cpuUsage`), which stays comparable on a shared machine where
 * wall-clock time mostly measures waiting for a core. Our analysis is timed three ways: the recommended rules without
 * anything of the image-size estimate (`size: false`, and the one rule that reads the estimate,
 * no-delete-in-later-layer, off); every rule of the catalogue on, opt-in ones too, without the size report (that rule
 * estimates the files where a deletion may come too late); and the recommended rules with the size report, as the CLI
 * and the API run them (the report's estimate, its comparisons and per-finding impacts). The size data is loaded
 * once before timing, as a server process does; likewise its bounded memo of apt closures, size/debian.ts, lives
 * across passes as it lives across requests. The wall-clock sections (bench/compose.ts) follow: long Dockerfiles,
 * then compose and .dockerignore inputs. `npm run bench -- --shell-parsers` also times the shell parsers we chose
 * between (see lib/analysis/shell/parser.ts).
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { validate } from "dockerfile-utils";
import { analyzeFile, type AnalyzeOptions } from "../lib/analysis/engine";
import { RULES } from "../lib/analysis/rules";
import { parseDockerfile } from "../lib/analysis/dockerfile/model";
import { parseShell } from "../lib/analysis/shell/parser";
import "../lib/analysis/size/bundled-data";
import { benchCompose, benchLongDockerfiles } from "./compose";

const WARMUP = 5;
const PASSES = 11;
const ROUNDS = 9;
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

/**
 * Median milliseconds of one pass of each tool, measured in rounds: in each round every tool runs `passes` passes
 * in turn, and the round's ratios compare tools measured within moments of each other. There is no forced full
 * collection between tools: tried, it made every tool several times slower (measured; the cause was not pinned down).
 * The shared machine's speed drifts by tens of percent over a minute; a ratio from one round is far steadier than
 * one from blocks measured a minute apart. Returns each tool's median time and its median ratio to `reference`.
 */
function rounds<Tool extends string>(tools: Record<Tool, () => void>, reference: NoInfer<Tool>, count: number, passes = 3): Record<Tool, { ms: number; ratio: number }> {
  const names = Object.keys(tools) as Tool[];
  for (const name of names) for (let i = 0; i < WARMUP; i++) tools[name]();
  const times = new Map<Tool, number[]>(names.map((name) => [name, []]));
  for (let round = 0; round < count; round++) {
    for (const name of names) times.get(name)!.push(median(Array.from({ length: passes }, () => cpuTime(tools[name]))));
  }
  const referenceTimes = times.get(reference)!;
  return Object.fromEntries(names.map((name) => {
    const own = times.get(name)!;
    return [name, { ms: median(own), ratio: median(own.map((ms, round) => referenceTimes[round]! / ms)) }];
  })) as Record<Tool, { ms: number; ratio: number }>;
}

/** Everything the image-size estimate does left out: the report's estimate and the rule that reads it. */
const WITHOUT_SIZE = { size: false, config: { rules: { "no-delete-in-later-layer": "off" } } } as const;
/** Every rule of the catalogue, opt-in ones too, at its default severity; no size report. */
const CATALOGUE: AnalyzeOptions = { size: false, config: { rules: Object.fromEntries(RULES.map((rule) => [rule.meta.id, rule.meta.severity])) } };

/** Each of our three ways and dockerfile-utils over the files, in rounds (see `rounds`). */
function compare(files: Sample[], count = ROUNDS) {
  const ours = (options: AnalyzeOptions) => () => { for (const file of files) analyzeFile({ path: "Dockerfile", content: file.content }, options); };
  return rounds({
    withoutSize: ours(WITHOUT_SIZE),
    catalogue: ours(CATALOGUE),
    withSize: ours({}),
    theirs: () => { for (const file of files) validate(file.content); },
  }, "theirs", count);
}

const format = (value: number, digits = 1) => value.toFixed(digits).padStart(9);
const rate = (lines: number, ms: number) => `${Math.round((lines / ms) * 1000).toLocaleString("en-US").padStart(11)} lines/s`;

function report(label: string, files: Sample[], count?: number): void {
  const lines = files.reduce((sum, file) => sum + file.lines, 0);
  const { withoutSize, catalogue, withSize, theirs } = compare(files, count);
  const row = (name: string, { ms, ratio }: { ms: number; ratio: number }) =>
    console.log(`  ${name.padEnd(35)}${format(ms)} ms ${rate(lines, ms)}${name.startsWith("shipshape") ? `   ${format(ratio, 2)}×` : ""}`);
  console.log(`${label} (${files.length} file${files.length === 1 ? "" : "s"}, ${lines.toLocaleString("en-US")} lines)`);
  console.log(`  ${"".padEnd(35)}${"CPU time".padStart(12)}${"throughput".padStart(20)}   throughput ÷ dockerfile-utils'`);
  row("shipshape, rules without size", withoutSize);
  row("shipshape, every rule, opt-in too", catalogue);
  row("shipshape, rules + size report", withSize);
  row("dockerfile-utils validate", theirs);
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
compare(files, 3);
report("Corpus", files);
const largest = files.reduce((a, b) => (b.content.length > a.content.length ? b : a));
report(`Largest file: ${largest.name}`, [largest], 21);
for (const lines of [5_000, 10_000, 20_000]) report(`Synthetic ${lines.toLocaleString("en-US")}-line Dockerfile`, [sample(`synthetic-${lines}`, synthetic(lines))], 5);
console.log("\nLong Dockerfiles (wall clock)");
benchLongDockerfiles();
console.log("\nCompose and .dockerignore review (wall clock)");
benchCompose();
if (process.argv.includes("--shell-parsers")) await shellParsers(files);
