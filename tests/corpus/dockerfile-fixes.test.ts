import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { analyzeFile, applyEdits, RULES, type Config, type Finding } from "../../lib/analysis";

const corpus = new URL("../fixtures/corpus/", import.meta.url);
const manifest = JSON.parse(readFileSync(new URL("manifest.json", corpus), "utf8")) as Array<{ file: string; kind: string }>;
const dockerfiles = manifest.filter((entry) => entry.kind === "dockerfile").map((entry) => ({
  path: entry.file,
  content: readFileSync(new URL(entry.file, corpus), "utf8"),
}));

/** Every rule on, opt-in ones included, so their fixes are exercised too. */
const config: Config = { rules: Object.fromEntries(RULES.map((rule) => [rule.meta.id, rule.meta.severity])) };

function findings(path: string, content: string): Finding[] {
  return analyzeFile({ path: path.replace(/^.*\//, ""), content }, { config }).findings;
}

/** Applies the first safe fix of every finding; returns the text and, per rule, how many fixes went in whole. */
function applySafeFixes(path: string, content: string): { text: string; applied: Map<string, number> } {
  const fixes = findings(path, content).flatMap((finding) =>
    finding.fixes.slice(0, 1).filter((fix) => fix.applicability === "safe").map((fix) => ({ rule: finding.rule, fix })));
  const result = applyEdits(content, fixes.flatMap(({ fix }) => fix.edits));
  const applied = new Map<string, number>();
  for (const { rule, fix } of fixes) {
    if (fix.edits.some((edit) => result.skipped.includes(edit))) continue;
    applied.set(rule, (applied.get(rule) ?? 0) + 1);
  }
  return { text: result.text, applied };
}

function countByRule(list: Finding[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const finding of list) counts.set(finding.rule, (counts.get(finding.rule) ?? 0) + 1);
  return counts;
}

describe("safe fixes over the real-world corpus", () => {
  it.each(dockerfiles.map((file) => [file.path, file]))("%s", (_path, file) => {
    const before = countByRule(findings(file.path, file.content));
    const once = applySafeFixes(file.path, file.content);
    const after = countByRule(findings(file.path, once.text));
    // Each applied fix removes its finding, and no fix creates a new finding of its own rule.
    for (const [rule, applied] of once.applied) {
      expect(after.get(rule) ?? 0, rule).toBeLessThanOrEqual((before.get(rule) ?? 0) - applied);
    }
    // Applying the fixes again converges: at most one more round (for edits that overlapped), then nothing changes.
    const twice = applySafeFixes(file.path, once.text).text;
    const thrice = applySafeFixes(file.path, twice).text;
    expect(thrice).toBe(twice);
  }, 60_000);
});
