/** Writes docs/coverage.md from the coverage table and the rules' metadata: `npx tsx scripts/generate-coverage.ts`. */
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { renderCoverageMarkdown } from "../lib/analysis/rules/coverage-doc";

const target = fileURLToPath(new URL("../docs/coverage.md", import.meta.url));
writeFileSync(target, renderCoverageMarkdown());
console.log(`wrote ${target}`);
