/**
 * Size estimate speed on the real-world corpus: `npx tsx bench/size.ts`.
 * Times the whole review of every corpus Dockerfile with and without the size estimate (which includes
 * the re-estimates behind the comparisons and per-finding impacts), and the bare per-layer estimate.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { analyzeFile } from "../lib/analysis/engine";
import "../lib/analysis/size/bundled-data";
import { parseDockerfile } from "../lib/analysis/dockerfile/model";
import { estimateStages } from "../lib/analysis/size/estimate";
import { formatBytes } from "../lib/analysis/size/bytes";

const corpus = new URL("../tests/fixtures/corpus/", import.meta.url).pathname;
const manifest = JSON.parse(readFileSync(join(corpus, "manifest.json"), "utf8")) as { file: string; kind: string }[];
const files = manifest.filter((entry) => entry.kind === "dockerfile").map((entry) => ({ path: entry.file, content: readFileSync(join(corpus, entry.file), "utf8") }));

/** Best of `rounds` timings of `run`, which returns the milliseconds it measured itself, after a warm-up. */
function measure(label: string, run: () => number, rounds = 5): number {
  run(); // warm-up: loads and indexes the data once, as a server process does
  const samples = Array.from({ length: rounds }, run);
  const best = Math.min(...samples);
  console.log(`${label.padEnd(44)} ${best.toFixed(0).padStart(6)} ms  (${(best / files.length).toFixed(2)} ms per Dockerfile)`);
  return best;
}

const loadStart = performance.now();
estimateStages({ model: parseDockerfile("FROM debian:bookworm\nRUN apt-get install -y curl\n") });
console.log(`first estimate (indexes the Debian table)     ${(performance.now() - loadStart).toFixed(0).padStart(6)} ms`);
console.log(`${files.length} Dockerfiles from tests/fixtures/corpus`);
const timed = (work: () => void) => () => {
  const start = performance.now();
  work();
  return performance.now() - start;
};
// Fresh models each round, so nothing cached per instruction helps; parsing is not counted.
measure("per-layer estimate only (parse excluded)", () => {
  const models = files.map((file) => parseDockerfile(file.content));
  return timed(() => models.forEach((model) => estimateStages({ model })))();
});
// Without the estimate: the report's (`size: false`) and the one rule that reads it.
const withoutSize = { size: false, config: { rules: { "no-delete-in-later-layer": "off" } } } as const;
const without = measure("review without size (estimate and its rule off)", timed(() => files.forEach((file) => analyzeFile(file, withoutSize))));
const withSize = measure("review with size, comparisons and impacts", timed(() => files.forEach((file) => analyzeFile(file))));
console.log(`size estimate cost: ${(withSize - without).toFixed(0)} ms for the corpus`);

const totals = files.map((file) => analyzeFile(file).size?.compressedBytes.estimate ?? 0).sort((a, b) => a - b);
console.log(`estimated compressed sizes: median ${formatBytes(totals[Math.floor(totals.length / 2)]!)}, largest ${formatBytes(totals[totals.length - 1]!)}`);
