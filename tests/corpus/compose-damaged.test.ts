import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { analyze } from "../../lib/analysis";

/**
 * Half-typed files are what the editor sends while someone types: every corpus compose file cut at several
 * points, and with a line's indentation broken, must still be reviewed without an exception or an internal error.
 */
const root = new URL("../fixtures/corpus/", import.meta.url);
const manifest = JSON.parse(readFileSync(new URL("manifest.json", root), "utf8")) as Array<{ file: string; kind: string; path: string }>;
const composeFiles = manifest.filter((entry) => entry.kind === "compose").map((entry) => ({ path: entry.path, content: readFileSync(new URL(entry.file, root), "utf8") }));

function damaged(content: string): string[] {
  const cuts = [0.13, 0.37, 0.61, 0.89].map((share) => content.slice(0, Math.floor(content.length * share)));
  const lines = content.split("\n");
  const middle = Math.floor(lines.length / 2);
  const misindented = [...lines.slice(0, middle), ` ${lines[middle] ?? ""}`, ...lines.slice(middle + 1)].join("\n");
  return [...cuts, misindented];
}

describe("damaged compose files", () => {
  it.each(composeFiles.map((file) => [file.path, file]))("%s", (_path, file) => {
    for (const content of damaged(file.content)) {
      const report = analyze([{ path: file.path, content }]);
      expect(report.files[0]!.findings.filter((finding) => finding.rule === "internal-error")).toEqual([]);
    }
  });
});
