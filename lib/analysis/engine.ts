import type { Config } from "./config";
import { findRule, RULES } from "./rules";
import type { Rule, WorkspaceDetection } from "./rules/types";
import { comparePositions } from "./text";
import type { FileReport, Finding, Report, Severity, SourceFile } from "./types";
import { buildWorkspace, type ParsedFile, type Workspace } from "./workspace";
import { normalizePath } from "./paths";

export interface AnalyzeOptions {
  config?: Config;
}

/** The severity each rule reports at under this config; rules that are off are absent. */
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

/** What a per-file rule reads for this file, or undefined when the rule is not about this kind of file. */
function fileContext(rule: Rule, file: ParsedFile): unknown {
  if (rule.meta.fileKind !== file.kind) return undefined;
  if (file.kind === "dockerfile") return { model: file.dockerfile };
  if (file.kind === "compose") return { file: file.compose, project: file.project };
  if (file.kind === "dockerignore") return { file: file.dockerignore };
  return undefined;
}

function runRule(rule: Rule, severity: Severity, context: unknown): Array<{ path: string | undefined; finding: Finding }> {
  const results: Array<{ path: string | undefined; finding: Finding }> = [];
  // A YAML anchor shared by several services is one problem, reported once at the anchor.
  const seen = new Set<string>();
  for (const detection of rule.check(context as never) as Iterable<WorkspaceDetection<unknown>>) {
    const message = rule.message(detection.data as never);
    const identity = `${detection.path ?? ""}|${JSON.stringify(detection.range)}|${message}`;
    if (seen.has(identity)) continue;
    seen.add(identity);
    const fix = rule.fix?.(detection.data as never, context as never);
    results.push({
      path: detection.path,
      finding: {
        rule: rule.meta.id,
        aliases: rule.meta.aliases,
        severity,
        category: rule.meta.category,
        message,
        range: detection.range,
        fixes: fix ? [fix] : [],
      },
    });
  }
  return results;
}

/** Runs one rule; a rule that fails becomes a finding of its own instead of breaking the review. */
function safely(rule: Rule, run: () => Array<{ path: string | undefined; finding: Finding }>): Array<{ path: string | undefined; finding: Finding }> {
  try {
    return run();
  } catch (error) {
    return [{ path: undefined, finding: internalErrorFinding(rule, error) }];
  }
}

function workspaceFindings(workspace: Workspace, severities: Map<Rule, Severity>): Map<string, Finding[]> {
  const byPath = new Map<string, Finding[]>();
  for (const [rule, severity] of severities) {
    if (rule.meta.fileKind !== "workspace") continue;
    for (const { path, finding } of safely(rule, () => runRule(rule, severity, { workspace }))) {
      const target = workspace.file(path ?? workspace.files[0]?.path ?? "");
      if (!target) continue;
      const key = normalizePath(target.path);
      byPath.set(key, [...(byPath.get(key) ?? []), finding]);
    }
  }
  return byPath;
}

/**
 * Reviews a set of files together and yields each file's complete report in turn. Every file is parsed and the
 * rules that read several files run first (they are cheap), so each report already holds all its findings.
 */
export function* reviewFiles(files: readonly SourceFile[], options: AnalyzeOptions = {}): Generator<FileReport> {
  const workspace = buildWorkspace(files);
  const severities = effectiveSeverities(options.config);
  const across = workspaceFindings(workspace, severities);
  for (const file of workspace.files) {
    const findings: Finding[] = [...(across.get(normalizePath(file.path)) ?? [])];
    across.delete(normalizePath(file.path));
    for (const [rule, severity] of severities) {
      const context = fileContext(rule, file);
      if (context !== undefined) findings.push(...safely(rule, () => runRule(rule, severity, context)).map(({ finding }) => finding));
    }
    findings.sort((a, b) => comparePositions(a.range.start, b.range.start) || comparePositions(a.range.end, b.range.end));
    yield { path: file.path, kind: file.kind, findings };
  }
}

/** Reviews one file. Never throws: a rule that fails is reported as a finding of its own. */
export function analyzeFile(file: SourceFile, options: AnalyzeOptions = {}): FileReport {
  return analyze([file], options).files[0]!;
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
  return { files: [...reviewFiles(files, options)] };
}
