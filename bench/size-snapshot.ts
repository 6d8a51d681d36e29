/**
 * Every size figure the review gives for the corpus (the estimate, its comparisons and per-finding impacts), to
 * check that a speed-up changes no result: `npx tsx bench/size-snapshot.ts write <file>` before the change,
 * `npx tsx bench/size-snapshot.ts check <file>` after it (exits 1 and names the files that differ).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { analyzeFile } from "../lib/analysis/engine";
import "../lib/analysis/size/bundled-data";

const corpus = new URL("../tests/fixtures/corpus/", import.meta.url);
const manifest = JSON.parse(readFileSync(new URL("manifest.json", corpus), "utf8")) as { file: string; kind: string }[];

function sizeOutput(file: string): unknown {
  const report = analyzeFile({ path: "Dockerfile", content: readFileSync(new URL(file, corpus), "utf8") });
  const impacts = report.findings.filter((finding) => finding.sizeImpact).map((finding) => ({ rule: finding.rule, range: finding.range, impact: finding.sizeImpact }));
  return { size: report.size, impacts };
}

const [mode, path] = process.argv.slice(2);
if ((mode !== "write" && mode !== "check") || !path) {
  console.error("usage: tsx bench/size-snapshot.ts write|check <file>");
  process.exit(2);
}
const outputs = Object.fromEntries(manifest.filter((entry) => entry.kind === "dockerfile").map((entry) => [entry.file, sizeOutput(entry.file)]));
if (mode === "write") {
  writeFileSync(path, JSON.stringify(outputs));
  console.log(`wrote the size output of ${Object.keys(outputs).length} Dockerfiles to ${path}`);
} else {
  const expected = JSON.parse(readFileSync(path, "utf8")) as Record<string, unknown>;
  const differing = Object.keys({ ...expected, ...outputs }).filter((file) => JSON.stringify(expected[file]) !== JSON.stringify(outputs[file]));
  console.log(differing.length === 0 ? `identical size output for ${Object.keys(outputs).length} Dockerfiles` : `differs: ${differing.join(", ")}`);
  process.exit(differing.length === 0 ? 0 : 1);
}
