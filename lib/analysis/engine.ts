import type { Config } from "./config";
import { parseDockerfile } from "./dockerfile/model";
import { detectKind } from "./files";
import { findRule, RULES } from "./rules";
import type { Rule } from "./rules/types";
import { comparePositions } from "./text";
import type { FileReport, Finding, Report, Severity, SourceFile } from "./types";

export interface AnalyzeOptions {
  config?: Config;
}

/** The severity each rule reports at under this config, or undefined when the rule is off. */
function effectiveSeverities(config: Config | undefined): Map<Rule, Severity> {
  const severities = new Map<Rule, Severity>(
    RULES.filter((rule) => rule.meta.enabledByDefault !== false).map((rule) => [rule, rule.meta.severity]),
  );
  for (const [name, setting] of Object.entries(config?.rules ?? {})) {
    const rule = findRule(name);
    if (!rule) continue;
    if (setting === "off") severities.delete(rule);
    else severities.set(rule, setting);
  }
  return severities;
}

function runRule(rule: Rule, severity: Severity, context: Parameters<Rule["check"]>[0]): Finding[] {
  const findings: Finding[] = [];
  for (const detection of rule.check(context)) {
    const fix = rule.fix?.(detection.data, context);
    findings.push({
      rule: rule.meta.id,
      aliases: rule.meta.aliases,
      severity,
      category: rule.meta.category,
      message: rule.message(detection.data),
      range: detection.range,
      fixes: fix ? [fix] : [],
    });
  }
  return findings;
}

/** Reviews one file. Never throws: a rule that fails is reported as a finding of its own. */
export function analyzeFile(file: SourceFile, options: AnalyzeOptions = {}): FileReport {
  const kind = detectKind(file.path, file.content);
  const findings: Finding[] = [];
  if (kind === "dockerfile") {
    const context = { model: parseDockerfile(file.content), options: options.config?.ruleOptions };
    for (const [rule, severity] of effectiveSeverities(options.config)) {
      if (rule.meta.fileKind !== kind) continue;
      try {
        findings.push(...runRule(rule, severity, context));
      } catch (error) {
        findings.push(internalErrorFinding(rule, error));
      }
    }
  }
  findings.sort((a, b) => comparePositions(a.range.start, b.range.start) || comparePositions(a.range.end, b.range.end));
  return { path: file.path, kind, findings };
}

function internalErrorFinding(rule: Rule, error: unknown): Finding {
  return {
    rule: "internal-error",
    aliases: [],
    severity: "error",
    category: "correctness",
    message: `The rule \`${rule.meta.id}\` failed on this file (${error instanceof Error ? error.message : String(error)}). Please report it; the other rules ran.`,
    range: { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } },
    fixes: [],
  };
}

/** Reviews a set of files together. */
export function analyze(files: readonly SourceFile[], options: AnalyzeOptions = {}): Report {
  return { files: files.map((file) => analyzeFile(file, options)) };
}
