import { describe, expect, it } from "vitest";
import { analyzeFile } from "../engine";
import type { Rule, RuleSettings } from "../rules/types";
import { applyEdits } from "../text";
import type { Applicability, Finding, Range } from "../types";

export interface InvalidCase {
  code: string;
  /** Ranges as "line:column-line:column", one per expected finding of this rule, in order. */
  ranges: string[];
  /** Text after applying the first fix of every finding; omit when no fix may be offered. */
  output?: string;
  applicability?: Applicability;
  /** A fragment every message must contain (the concrete package, flag or stage it names). */
  messageIncludes?: string;
  path?: string;
}

export function formatRange({ start, end }: Range): string {
  return `${start.line}:${start.column}-${end.line}:${end.column}`;
}

/** Reviews `code` with the default rules plus this one (even when opt-in) and keeps only its findings. */
export function findingsOf(rule: Rule, code: string, path = "Dockerfile", settings?: Partial<RuleSettings>): Finding[] {
  const config = { ...settings, rules: { [rule.meta.id]: rule.meta.severity } };
  return analyzeFile({ path, content: code }, { config }).findings.filter((finding) => finding.rule === rule.meta.id);
}

/**
 * ESLint-style table test for one rule: `valid` code yields no finding of the rule; each `invalid` case
 * yields exactly the listed ranges and, when given, the exact fixed output.
 */
export function testRule(rule: Rule, cases: { valid: string[]; invalid: InvalidCase[]; settings?: Partial<RuleSettings> }): void {
  describe(rule.meta.id, () => {
    it.each(cases.valid.map((code) => [code]))("accepts %j", (code) => {
      expect(findingsOf(rule, code, undefined, cases.settings).map((f) => formatRange(f.range))).toEqual([]);
    });

    it.each(cases.invalid.map((testCase) => [testCase.code, testCase]))("flags %j", (_code, testCase) => {
      const findings = findingsOf(rule, testCase.code, testCase.path, cases.settings);
      expect(findings.map((f) => formatRange(f.range))).toEqual(testCase.ranges);
      for (const finding of findings) {
        expect(finding.message.length).toBeGreaterThan(20);
        if (testCase.messageIncludes) expect(finding.message).toContain(testCase.messageIncludes);
      }
      const fixes = findings.flatMap((finding) => finding.fixes.slice(0, 1));
      if (testCase.output === undefined) {
        expect(fixes).toEqual([]);
        return;
      }
      expect(fixes.length).toBeGreaterThan(0);
      if (testCase.applicability) for (const fix of fixes) expect(fix.applicability).toBe(testCase.applicability);
      const fixed = applyEdits(testCase.code, fixes.flatMap((fix) => fix.edits));
      expect(fixed.skipped).toEqual([]);
      expect(fixed.text).toBe(testCase.output);
      // A fix must resolve what it was offered for (one fix may resolve several findings, e.g. one ARG for two uses).
      const remaining = findingsOf(rule, fixed.text, testCase.path, cases.settings).length;
      if (fixes.every((fix) => fix.applicability === "display-only")) expect(remaining).toBe(findings.length);
      else expect(remaining).toBeLessThanOrEqual(findings.length - fixes.length);
    });
  });
}
