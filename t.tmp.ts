import { readFileSync } from "node:fs";
import { join } from "node:path";
import { analyzeFile } from "./lib/analysis/engine";
import { formatBytes } from "./lib/analysis/size/bytes";
const corpus = "tests/fixtures/corpus/";
const manifest = JSON.parse(readFileSync(join(corpus, "manifest.json"), "utf8")) as { file: string; kind: string }[];
let errors = 0;
const rows: string[] = [];
for (const e of manifest.filter((m) => m.kind === "dockerfile")) {
  const r = analyzeFile({ path: e.file, content: readFileSync(join(corpus, e.file), "utf8") });
  for (const f of r.findings) if (f.rule === "internal-error") { errors++; console.log("ERR", e.file, f.message); }
  const s = r.size!;
  const shipped = s.stages.find(x => x.shipped)!;
  rows.push(`${formatBytes(s.compressedBytes.estimate).padStart(8)} ${e.file.slice(6, 80).padEnd(75)} ${shipped.base.reference} ${shipped.base.matched ?? ""} | ${shipped.layers.map(l => formatBytes(l.compressedBytes.estimate)).join(",")}`);
}
console.log("errors", errors);
rows.sort();
console.log(rows.filter((_, i) => i % 6 === 0).join("\n"));
