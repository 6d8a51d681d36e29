import { describe, expect, it } from "vitest";
import { COVERAGE, resolveCoverage } from "./coverage";
import { findRule, RULES } from ".";

describe("coverage table", () => {
  it.each(COVERAGE.map((row) => [`${row.source} ${row.id}`, row]))("maps %s to a rule or gives a reason", (_name, row) => {
    const resolution = resolveCoverage(row, findRule);
    expect(resolution.kind, `unmapped; candidate rules: ${resolution.kind === "unmapped" ? resolution.candidates.join(", ") : ""}`).not.toBe("unmapped");
    if (resolution.kind === "rule") expect(findRule(resolution.rule)?.meta.id, `no rule ${resolution.rule}`).toBe(resolution.rule);
    else if (resolution.kind !== "unmapped") expect(resolution.reason.trim().length).toBeGreaterThan(20);
  });

  it("lists every hadolint rule once, 71 in all, and DL1000 (hadolint's parse error)", () => {
    const codes = COVERAGE.filter((row) => row.source === "hadolint").map((row) => row.id);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes.filter((code) => code !== "DL1000")).toHaveLength(71);
  });

  it("lists every Dockerfile row of the catalogue, 114 in all", () => {
    expect(COVERAGE.filter((row) => row.source === "catalogue")).toHaveLength(114);
  });

  it("knows every hadolint code a rule claims as an alias", () => {
    const listed = new Set(COVERAGE.filter((row) => row.source === "hadolint").map((row) => row.id));
    const claimed = RULES.flatMap((rule) => rule.meta.aliases.filter((alias) => /^DL\d{4}$/.test(alias)));
    expect(claimed.filter((code) => !listed.has(code))).toEqual([]);
  });
});

describe("docs/coverage.md", () => {
  it("is generated from the current table (run `npx tsx scripts/generate-coverage.ts`)", async () => {
    const { readFileSync } = await import("node:fs");
    const { renderCoverageMarkdown } = await import("./coverage-doc");
    const file = readFileSync(new URL("../../../docs/coverage.md", import.meta.url), "utf8");
    expect(file).toBe(renderCoverageMarkdown());
  });
});
