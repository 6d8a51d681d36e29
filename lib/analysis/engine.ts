import type { Config } from "./config";
import type { DockerfileModel } from "./dockerfile/model";
import { commandsOf, runDetails } from "./dockerfile/run";
import { normalizePath } from "./paths";
import type { Pragma } from "./pragmas";
import { findRule, isKnownRuleName, RULES } from "./rules";
import { isBuildkitCheck } from "./rules/names";
import type { DockerfileRuleContext, ProfileName, Rule, WorkspaceDetection } from "./rules/types";
import { estimateImageSize, stagesOf, type SizeOptions } from "./size";
import { hasSizeData } from "./size/data";
import { laterDeletionsOf } from "./size/estimate";
import { comparePositions } from "./text";
import { SEVERITIES, type Category, type FileReport, type Finding, type Fix, type Report, type Severity, type SourceFile } from "./types";
import { buildWorkspace, type ParsedFile, type Workspace } from "./workspace";

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

/**
 * A rule that is on, at its severity, with what the runner reads of it copied into one shape: the rule objects have
 * many shapes, and reading `check` or `meta` off a hundred of them in the review's innermost loop was a slow
 * (megamorphic) lookup in CPU profiles.
 */
class RuleRun {
  readonly check: (context: never, report: never) => void;
  readonly message: (data: never) => string;
  readonly fix: ((data: never, context: never) => Fix | undefined) | undefined;
  readonly id: string;
  readonly aliases: string[];
  readonly category: Category;
  /** A YAML anchor shared by several services is one problem, reported once: only compose and workspace findings repeat. */
  readonly dedupe: boolean;

  constructor(readonly rule: Rule, readonly severity: Severity) {
    this.check = rule.check as never;
    this.message = rule.message as never;
    this.fix = rule.fix as never;
    this.id = rule.meta.id;
    this.aliases = rule.meta.aliases;
    this.category = rule.meta.category;
    this.dedupe = rule.meta.fileKind === "compose" || rule.meta.fileKind === "workspace";
  }
}

/** The rules that are on, with their severities, grouped by the kind of file they read. */
type RulePlan = Record<Rule["meta"]["fileKind"], RuleRun[]>;

/** Plans by profile and rule settings: reviews of the same config (every keystroke, a CI run) share one. */
const plans = new Map<string, RulePlan>();
const MAX_PLANS = 64;

/** Rule settings as a key, by settings object: a review of many files (the CLI, a bench) passes the same object. */
const settingsKeys = new WeakMap<object, string>();

/** The last plan and what it was for: a review of many files asks for the same one file after file. */
let lastPlan: { settings: object | undefined; profile: string; plan: RulePlan } | undefined;

function rulePlan(options: AnalyzeOptions): RulePlan {
  const settings = options.config?.rules;
  const profile = options.profile ?? options.config?.profile ?? "";
  if (lastPlan && lastPlan.settings === settings && lastPlan.profile === profile) return lastPlan.plan;
  let settingsKey = settings ? settingsKeys.get(settings) : "";
  if (settingsKey === undefined) settingsKeys.set(settings!, (settingsKey = JSON.stringify(settings)));
  const key = `${profile}\u0000${settingsKey}`;
  let plan = plans.get(key);
  if (!plan) {
    plan = { dockerfile: [], compose: [], dockerignore: [], workspace: [] };
    for (const [rule, severity] of effectiveSeverities(options)) plan[rule.meta.fileKind].push(new RuleRun(rule, severity));
    if (plans.size >= MAX_PLANS) plans.clear();
    plans.set(key, plan);
  }
  lastPlan = { settings, profile, plan };
  return plan;
}

/** A rule's finding and the file it is in (workspace rules say which; per-file rules report on their file). */
interface Found {
  rule: Rule;
  path: string | undefined;
  finding: Finding;
}

/**
 * Runs rules on one context, turning their detections into findings. One per file, reused rule after rule: a review
 * runs about a hundred rules per file, and a closure per rule and file showed in CPU profiles (no separate A/B).
 */
class RuleRunner {
  private current: RuleRun | undefined;
  /** What the current rule reported, when it asks for duplicates to be dropped (made at its first report). */
  private seen: Set<string> | undefined;

  constructor(private readonly context: unknown, private readonly found: Found[]) {}

  run(run: RuleRun): void {
    this.current = run;
    this.seen = undefined;
    try {
      run.check(this.context as never, this.report as never);
    } catch (error) {
      // A rule that fails becomes a finding of its own instead of breaking the review.
      this.found.push({ rule: run.rule, path: undefined, finding: internalErrorFinding(`The rule \`${run.id}\``, error) });
    }
  }

  private readonly report = (detection: Partial<WorkspaceDetection<unknown>>) => {
    const run = this.current!;
    const range = detection.range!;
    const message = run.message(detection.data as never);
    if (run.dedupe) {
      const identity = `${detection.path ?? ""}|${range.start.line}:${range.start.column}-${range.end.line}:${range.end.column}|${message}`;
      this.seen ??= new Set();
      if (this.seen.has(identity)) return;
      this.seen.add(identity);
    }
    const fix = run.fix?.(detection.data as never, this.context as never);
    this.found.push({
      rule: run.rule,
      path: detection.path,
      finding: { rule: run.id, aliases: run.aliases, severity: run.severity, category: run.category, message, range, fixes: fix ? [fix] : [] },
    });
  };
}

function dockerfileContext(model: DockerfileModel, files: readonly SourceFile[], options: AnalyzeOptions): DockerfileRuleContext {
  const config = options.config;
  return {
    model,
    files,
    settings: {
      trustedRegistries: config?.trustedRegistries ?? [],
      labelSchema: config?.labelSchema ?? {},
      strictLabels: config?.strictLabels ?? false,
    },
    commands: (instruction) => commandsOf(model, instruction),
    run: (instruction) => runDetails(model, instruction),
    resolve: (word, at) => model.resolve(word, at),
    // With the report, its estimate (made once, with the checkpoints its re-estimates start from) answers.
    laterDeletions: () => {
      const size = options.size || {};
      return laterDeletionsOf(model, files, size, options.size === false ? undefined : stagesOf(model, files, size));
    },
  };
}

/** What the per-file rules read for this file, or undefined for a kind of file no rule reads alone. */
function contextFor(file: ParsedFile, files: readonly SourceFile[], options: AnalyzeOptions): unknown {
  if (file.kind === "dockerfile") return dockerfileContext(file.dockerfile, files, options);
  if (file.kind === "compose") return { file: file.compose, project: file.project };
  if (file.kind === "dockerignore") return { file: file.dockerignore };
  return undefined;
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

/**
 * A file's findings as reported: suppression comments and `# check=skip=` applied, `# check=error=true` raising
 * the rules with a BuildKit name to errors, in file order. This is the one place where these apply, to the
 * findings of per-file and workspace rules alike.
 */
function reported(file: ParsedFile, found: readonly Found[], config: Config | undefined): Finding[] {
  const { pragmas, check } = file.pragmas;
  const disableIgnorePragma = config?.disableIgnorePragma ?? false;
  const findings = found
    .filter(({ rule, finding }) => !pragmas.some((pragma) => suppresses(pragma, rule, finding, disableIgnorePragma)))
    .map(({ rule, finding }) => (check.error && hasBuildkitName(rule) ? { ...finding, severity: "error" as const } : finding))
    .sort((a, b) => comparePositions(a.range.start, b.range.start) || comparePositions(a.range.end, b.range.end));
  return withoutFloods(findings);
}

/**
 * The most findings of one rule a file reports (the most any file of our real-world corpus has is 68). A generated
 * or hostile file of 40,000 RUNs would otherwise give 80,000 findings, tens of megabytes of report and seconds of
 * size impacts, and nobody reads past the first screens of the same finding.
 */
export const MAX_FINDINGS_PER_RULE = 200;

/** The findings with each rule's past `MAX_FINDINGS_PER_RULE` folded into one that counts them, where they start. */
function withoutFloods(findings: Finding[]): Finding[] {
  const counts = new Map<string, number>();
  for (const finding of findings) counts.set(finding.rule, (counts.get(finding.rule) ?? 0) + 1);
  if ([...counts.values()].every((count) => count <= MAX_FINDINGS_PER_RULE)) return findings;
  const seen = new Map<string, number>();
  return findings.flatMap((finding) => {
    const index = (seen.get(finding.rule) ?? 0) + 1;
    seen.set(finding.rule, index);
    if (index <= MAX_FINDINGS_PER_RULE) return [finding];
    if (index > MAX_FINDINGS_PER_RULE + 1) return [];
    const more = counts.get(finding.rule)! - MAX_FINDINGS_PER_RULE;
    return [{
      ...finding,
      message: `${more.toLocaleString("en-US")} more findings of this rule from here on are not listed: a file reports the first ${MAX_FINDINGS_PER_RULE} of each rule. Fix those and review again, or turn the rule off for this file.`,
      fixes: [],
    }];
  });
}

/** The findings of the rules that read several files, by the (normalised) path of the file they are in. */
function workspaceFindings(workspace: Workspace, runs: readonly RuleRun[]): Map<string, Found[]> {
  const byPath = new Map<string, Found[]>();
  const context = { workspace, isKnownRuleName };
  const found: Found[] = [];
  const runner = new RuleRunner(context, found);
  for (const run of runs) runner.run(run);
  for (const one of found) {
    const target = workspace.file(one.path ?? workspace.files[0]?.path ?? "");
    if (!target) continue;
    const key = normalizePath(target.path);
    const list = byPath.get(key);
    if (list) list.push(one);
    else byPath.set(key, [one]);
  }
  return byPath;
}

/**
 * Reviews a set of files together and yields each file's complete report in turn. Every file is parsed once and
 * the rules that read several files run first (they are cheap), so each report already holds all its findings.
 * Never throws: a rule, a parser or the size estimate that fails is reported as a finding of its own.
 */
export function* reviewFiles(given: readonly SourceFile[], givenOptions: AnalyzeOptions = {}): Generator<FileReport> {
  // A byte-order mark is no character to an editor: without it, line 1's columns and fixes are where editors put them.
  const files = given.map((file) => (file.content.charCodeAt(0) === 0xfeff ? { ...file, content: file.content.slice(1) } : file));
  const options = withBuildSettings(givenOptions);
  const workspace = buildWorkspace(files, { target: options.target, buildArgs: options.buildArgs });
  const plan = rulePlan(options);
  const across = workspaceFindings(workspace, plan.workspace);
  for (const file of workspace.files) yield reviewFile(file, files, plan, across, options);
}

/**
 * The options with the configuration's `build` settings filled in where the caller gave none: the target, the build
 * arguments (the caller's win, name by name) and the build context's size.
 */
function withBuildSettings(options: AnalyzeOptions): AnalyzeOptions {
  const build = options.config?.build;
  if (!build) return options;
  const size = options.size === false || build.contextBytes === undefined || options.size?.contextBytes !== undefined
    ? options.size
    : { ...options.size, contextBytes: build.contextBytes };
  return {
    ...options,
    target: options.target ?? build.target,
    buildArgs: build.args || options.buildArgs ? { ...build.args, ...options.buildArgs } : undefined,
    size,
  };
}

/** One file's report; a plain function because loops run several times slower inside a generator's body. */
function reviewFile(file: ParsedFile, files: readonly SourceFile[], plan: RulePlan, across: Map<string, Found[]>, options: AnalyzeOptions): FileReport {
  const key = normalizePath(file.path);
  const found = across.get(key) ?? [];
  // Two files under the same path get the workspace findings once.
  across.delete(key);
  if (file.failure !== undefined) return { path: file.path, kind: file.kind, findings: [internalErrorFinding("The parser", file.failure, "no check could read the file, the other files were reviewed")] };
  const context = contextFor(file, files, options);
  if (context !== undefined) {
    const runner = new RuleRunner(context, found);
    for (const run of plan[file.kind as keyof RulePlan]) runner.run(run);
  }
  const report: FileReport = { path: file.path, kind: file.kind, findings: reported(file, found, options.config) };
  if (file.kind === "dockerfile") estimateSize(report, file.dockerfile, files, options);
  return report;
}

/**
 * Adds the image-size estimate to a Dockerfile's report, and to each finding that changes the size its impact.
 * Runs after suppressions, so a silenced finding carries no impact. Reads the review's other files
 * (package.json, lockfiles, requirements files).
 */
function estimateSize(report: FileReport, model: DockerfileModel, files: readonly SourceFile[], options: AnalyzeOptions): void {
  if (options.size === false || !hasSizeData()) return;
  try {
    const { size, impacts } = estimateImageSize({ model, files, findings: report.findings, options: options.size ?? {} });
    for (const [finding, impact] of impacts) finding.sizeImpact = impact;
    report.size = size;
  } catch (error) {
    report.findings.push(internalErrorFinding("The size estimate", error));
  }
}

/** Reviews one file (the rules that read several files see it alone). */
export function analyzeFile(file: SourceFile, options: AnalyzeOptions = {}): FileReport {
  return analyze([file], options).files[0]!;
}

function internalErrorFinding(what: string, error: unknown, afterwards = "the other checks ran"): Finding {
  return {
    rule: "internal-error",
    aliases: [],
    severity: "error",
    category: "correctness",
    message: `${what} failed on this file (${error instanceof Error ? error.message : String(error)}). Please report it; ${afterwards}.`,
    range: { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } },
    fixes: [],
  };
}

/** Reviews a set of files together. */
export function analyze(files: readonly SourceFile[], options: AnalyzeOptions = {}): Report {
  return { files: [...reviewFiles(files, options)] };
}
