import type { Config } from "./config";
import { parseDockerfile, type DockerfileModel } from "./dockerfile/model";
import { commandsOf, runDetails } from "./dockerfile/run";
import { detectKind } from "./files";
import { pragmasOf, type Pragma } from "./pragmas";
import { findRule, isKnownRuleName, RULES } from "./rules";
import { isBuildkitCheck } from "./rules/names";
import type { DockerfileRuleContext, ProfileName, Rule } from "./rules/types";
import { estimateImageSize, type SizeOptions } from "./size";
import { hasSizeData } from "./size/data";
import { comparePositions } from "./text";
import { SEVERITIES, type FileReport, type Finding, type Report, type Severity, type SourceFile } from "./types";

export interface AnalyzeOptions {
  config?: Config;
  /** The rule set; overrides `config.profile`. `recommended` by default. */
  profile?: ProfileName;
  /** The stage that is built (`docker build --target`); the last stage by default. */
  target?: string;
  /** `--build-arg` values, which replace ARG defaults when variables are resolved. */
  buildArgs?: Record<string, string>;
  /**
   * Size estimate inputs (e.g. the build context size), or false to skip the estimate. The estimate needs the
   * package data that `size/bundled-data.ts` provides; server entry points import it, browser bundles do not.
   */
  size?: SizeOptions | false;
}

/**
 * The severity of a rule in a profile, or "off" (see `RuleMeta.profiles`). By default `recommended` uses the
 * rule's severity, `strict` raises info and style findings to warnings (so they fail CI), and `hadolint` includes
 * only the rules that name their hadolint severity.
 */
export function profileSeverity(rule: Rule, profile: ProfileName): Severity | "off" {
  const setting = rule.meta.profiles?.[profile];
  if (setting !== undefined) return setting;
  if (profile === "hadolint") return "off";
  if (profile === "strict" && SEVERITIES.indexOf(rule.meta.severity) > SEVERITIES.indexOf("warning")) return "warning";
  return rule.meta.severity;
}

/** The severity each rule reports at under this profile and config; rules that are off are absent. */
function effectiveSeverities(options: AnalyzeOptions): Map<Rule, Severity> {
  const profile = options.profile ?? options.config?.profile ?? "recommended";
  const severities = new Map<Rule, Severity>();
  for (const rule of RULES) {
    const severity = profileSeverity(rule, profile);
    if (severity !== "off") severities.set(rule, severity);
  }
  for (const [name, setting] of Object.entries(options.config?.rules ?? {})) {
    const rule = findRule(name);
    if (!rule) continue;
    if (setting === "off") severities.delete(rule);
    else severities.set(rule, setting);
  }
  return severities;
}

function runRule(rule: Rule, severity: Severity, context: DockerfileRuleContext): Finding[] {
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

function hasBuildkitName(rule: Rule): boolean {
  return rule.meta.aliases.some(isBuildkitCheck);
}

/** True when a pragma silences this rule's finding. Engine findings about pragmas themselves are never silenced. */
function suppresses(pragma: Pragma, rule: Rule, finding: Finding, disableIgnorePragma: boolean): boolean {
  if (pragma.inline && disableIgnorePragma) return false;
  if (rule.meta.id === "unknown-rule-in-pragma") return false;
  const named = pragma.names.some((name) => findRule(name.name) === rule) || (pragma.allBuildChecks && hasBuildkitName(rule));
  if (!named) return false;
  if (!pragma.lines) return pragma.scope === "file";
  return finding.range.start.line >= pragma.lines.from && finding.range.start.line <= pragma.lines.to;
}

function contextFor(model: DockerfileModel, config: Config | undefined, files: readonly SourceFile[]): DockerfileRuleContext {
  return {
    model,
    settings: {
      trustedRegistries: config?.trustedRegistries ?? [],
      labelSchema: config?.labelSchema ?? {},
      strictLabels: config?.strictLabels ?? false,
    },
    commands: (instruction) => commandsOf(model, instruction),
    run: (instruction) => runDetails(model, instruction),
    resolve: (word, at) => model.resolve(word, at),
    isKnownRuleName,
    files,
  };
}

/**
 * Reviews one file. Never throws: a rule that fails is reported as a finding of its own. This is the one place
 * where profiles, config severities, suppression comments and `# check=` directives are applied. `reviewFiles`
 * are all files of the review, read by the size estimate (package.json, lockfiles, requirements files).
 */
export function analyzeFile(file: SourceFile, options: AnalyzeOptions = {}, reviewFiles: readonly SourceFile[] = [file]): FileReport {
  const kind = detectKind(file.path, file.content);
  const findings: Finding[] = [];
  const report: FileReport = { path: file.path, kind, findings };
  if (kind === "dockerfile") {
    const model = parseDockerfile(file.content, { target: options.target, buildArgs: options.buildArgs });
    const context = contextFor(model, options.config, reviewFiles);
    const { pragmas, check } = pragmasOf(model);
    const disableIgnorePragma = options.config?.disableIgnorePragma ?? false;
    for (const [rule, severity] of effectiveSeverities(options)) {
      if (rule.meta.fileKind !== kind) continue;
      let ruleFindings: Finding[];
      try {
        ruleFindings = runRule(rule, check.error && hasBuildkitName(rule) ? "error" : severity, context);
      } catch (error) {
        ruleFindings = [internalErrorFinding(`The rule \`${rule.meta.id}\``, error)];
      }
      findings.push(...ruleFindings.filter((finding) => !pragmas.some((pragma) => suppresses(pragma, rule, finding, disableIgnorePragma))));
    }
    if (options.size !== false && hasSizeData()) {
      try {
        const { size, impacts } = estimateImageSize({ model, files: reviewFiles, findings, options: options.size ?? {} });
        for (const [finding, impact] of impacts) finding.sizeImpact = impact;
        report.size = size;
      } catch (error) {
        findings.push(internalErrorFinding("The size estimate", error));
      }
    }
  }
  findings.sort((a, b) => comparePositions(a.range.start, b.range.start) || comparePositions(a.range.end, b.range.end));
  return report;
}

function internalErrorFinding(what: string, error: unknown): Finding {
  return {
    rule: "internal-error",
    aliases: [],
    severity: "error",
    category: "correctness",
    message: `${what} failed on this file (${error instanceof Error ? error.message : String(error)}). Please report it; the other checks ran.`,
    range: { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } },
    fixes: [],
  };
}

/** Reviews a set of files together. */
export function analyze(files: readonly SourceFile[], options: AnalyzeOptions = {}): Report {
  return { files: files.map((file) => analyzeFile(file, options, files)) };
}
