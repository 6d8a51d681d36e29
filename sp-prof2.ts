import { readFileSync } from "node:fs";
import { join } from "node:path";
import { analyzeFile } from "./lib/analysis/engine";
import "./lib/analysis/size/bundled-data";
const corpus = "tests/fixtures/corpus/";
const manifest = JSON.parse(readFileSync(join(corpus, "manifest.json"), "utf8")) as { file: string; kind: string }[];
const files = manifest.filter((e) => e.kind === "dockerfile").map((e) => ({ path: "Dockerfile", content: readFileSync(join(corpus, e.file), "utf8") }));
for (let i = 0; i < 12; i++) files.forEach((f) => analyzeFile(f));
