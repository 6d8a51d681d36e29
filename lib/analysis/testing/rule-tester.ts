import { describe, expect, it } from "vitest";
import { analyze } from "../engine";
import type { Rule, RuleSettings } from "../rules/types";
import { applyEdits } from "../text";
import type { Applicability, Finding, Range, SourceFile } from "../types";

/** Extra files reviewed together with the case's code, by path (a Dockerfile next to a compose file…). */
export type OtherFiles = Record<string, string>;

export interface InvalidCase {
  code: string;
  /** Ranges as "line:column-line:column", one per expected finding of this rule, in order. */
  ranges: string[];
  /** Text after applying the first fix of every finding; omit when no fix may be offered. */
  output?: string;
  applicability?: Applicability;
  /** A fragment every message must contain (the concrete package, flag or stage it names). */
  messageIncludes?: string;
  /** The path `code` is reviewed under; by default `Dockerfile`, `compose.yaml` or `.dockerignore` per rule kind. */
  path?: string;
  files?: OtherFiles;
}

export type ValidCase = string | { code: string; path?: string; files?: OtherFiles };

export const DEFAULT_PATHS: Record<Rule["meta"]["fileKind"], string> = {
  dockerfile: "Dockerfile",
  compose: "compose.yaml",
  dockerignore: ".dockerignore",
  workspace: "Dockerfile",
};

/** A line `==> path <==` starts a file in a multi-file text (the docs examples of workspace rules). */
const FILE_MARKER = /^==> (.+) <==$/m;

/** Splits a multi-file text into its files; a text without markers is one file. */
export function splitFiles(text: string, defaultPath: string): SourceFile[] {
  if (!FILE_MARKER.test(text)) return [{ path: defaultPath, content: text }];
  return text.split(/^(?===> .+ <==$)/m).flatMap((chunk) => {
    const match = FILE_MARKER.exec(chunk);
    return match ? [{ path: match[1]!, content: chunk.slice(match[0].length + 1) }] : [];
  });
}

export function formatRange({ start, end }: Range): string {
  return `${start.line}:${start.column}-${end.line}:${end.column}`;
}

/**
 * Reviews `code` (with the other files, if any) with every rule on, this one included even when it is off by
 * default, and keeps this rule's findings: those in `code`'s file, or in every file of a multi-file text.
 * `settings` are the rule settings of the config (trusted registries, label schema…).
 */
export function findingsOf(rule: Rule, code: string, path?: string, files: OtherFiles = {}, settings?: Partial<RuleSettings>): Finding[] {
  const main = path ?? DEFAULT_PATHS[rule.meta.fileKind];
  const sources = [...splitFiles(code, main), ...Object.entries(files).map(([other, content]) => ({ path: other, content }))];
  const reports = analyze(sources, { config: { ...settings, rules: { [rule.meta.id]: rule.meta.severity } } }).files;
  const wanted = FILE_MARKER.test(code) ? reports : reports.filter((report) => report.path === main);
  return wanted.flatMap((report) => report.findings).filter((finding) => finding.rule === rule.meta.id);
}

/**
 * ESLint-style table test for one rule: `valid` code yields no finding of the rule; each `invalid` case
 * yields exactly the listed ranges and, when given, the exact fixed output.
 */
export function testRule(rule: Rule, cases: { valid: ValidCase[]; invalid: InvalidCase[]; settings?: Partial<RuleSettings> }): void {
  describe(rule.meta.id, () => {
    const valid = cases.valid.map((testCase) => (typeof testCase === "string" ? { code: testCase } : testCase));
    it.each(valid.map((testCase) => [testCase.code, testCase]))("accepts %j", (_code, testCase) => {
      expect(findingsOf(rule, testCase.code, testCase.path, testCase.files, cases.settings).map((f) => formatRange(f.range))).toEqual([]);
    });

    it.each(cases.invalid.map((testCase) => [testCase.code, testCase]))("flags %j", (_code, testCase) => {
      const findings = findingsOf(rule, testCase.code, testCase.path, testCase.files, cases.settings);
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
      const remaining = findingsOf(rule, fixed.text, testCase.path, testCase.files, cases.settings).length;
      if (fixes.every((fix) => fix.applicability === "display-only")) expect(remaining).toBe(findings.length);
      else expect(remaining).toBeLessThanOrEqual(findings.length - fixes.length);
    });
  });
}
