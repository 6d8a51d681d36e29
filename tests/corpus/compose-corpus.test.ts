import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { analyze } from "../../lib/analysis";

/**
 * Every compose and .dockerignore file of the real-world corpus, reviewed together with the other files of its
 * repository (so compose builds meet their Dockerfiles and .dockerignore files). No crash, no internal error, and a
 * compact snapshot (rule and range per finding) that makes every change in behaviour visible in review.
 */
interface Entry {
  file: string;
  kind: string;
  repo: string;
  path: string;
}

const root = new URL("../fixtures/corpus/", import.meta.url);
const manifest = JSON.parse(readFileSync(new URL("manifest.json", root), "utf8")) as Entry[];
const repositories = [...new Set(manifest.filter((entry) => entry.kind === "compose" || entry.kind === "dockerignore").map((entry) => entry.repo))].sort();

describe("compose and .dockerignore corpus", () => {
  const lines: string[] = [];

  it.each(repositories)("reviews %s without crashing", (repo) => {
    const entries = manifest.filter((entry) => entry.repo === repo);
    const report = analyze(entries.map((entry) => ({ path: entry.path, content: readFileSync(new URL(entry.file, root), "utf8") })));
    for (const file of report.files) {
      expect(file.findings.filter((finding) => finding.rule === "internal-error"), file.path).toEqual([]);
      if (file.kind !== "compose" && file.kind !== "dockerignore") continue;
      lines.push(`${repo}/${file.path}`);
      for (const { rule, range } of file.findings) lines.push(`  ${rule} ${range.start.line}:${range.start.column}-${range.end.line}:${range.end.column}`);
    }
  });

  it("matches the committed snapshot", async () => {
    await expect(`${lines.join("\n")}\n`).toMatchFileSnapshot("./__snapshots__/compose-corpus.txt");
  });
});
