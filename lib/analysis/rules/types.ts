import type { ComposeFile } from "../compose/model";
import type { ComposeProject } from "../compose/project";
import type { Command } from "../dockerfile/commands";
import type { DockerfileModel, Instruction } from "../dockerfile/model";
import type { RunDetails } from "../dockerfile/run";
import type { Word } from "../dockerfile/syntax";
import type { DockerignoreFile } from "../dockerignore/model";
import type { LaterDeletion } from "../size/estimate";
import type { Workspace } from "../workspace";
import type { Category, FileKind, Fix, Range, Severity, SourceFile } from "../types";

/** The named rule sets. `recommended` is the default. */
export type ProfileName = "recommended" | "strict" | "hadolint";
export const PROFILES: readonly ProfileName[] = ["recommended", "strict", "hadolint"];

/**
 * A rule's documentation, one template for every rule. `example` must trigger the rule (a test runs it);
 * `useInstead` must not.
 */
export interface RuleDocs {
  /** One line, shown in lists and hovers. */
  summary: string;
  whatItDoes: string;
  whyItMatters: string;
  example: string;
  useInstead: string;
  fixSafety: string;
  whenNotToUse: string;
}

export interface RuleMeta {
  /** Stable, readable id: `no-…` forbids, `use-…`/`prefer-…` mandates. */
  id: string;
  /** The same check's names elsewhere: hadolint DL codes, Docker build-check names, Trivy/Checkov ids. */
  aliases: string[];
  category: Category;
  severity: Severity;
  /** The kind of file the rule reads; "workspace" rules read every file of a review together. */
  fileKind: Exclude<FileKind, "other"> | "workspace";
  docs: RuleDocs;
  /**
   * The rule's severity per profile, when it differs from the default: `recommended` and `strict` use
   * `severity`, `hadolint` includes only rules with an entry here (hadolint's default severity for its code).
   * `"off"` leaves the rule out of that profile: a rule that is off by default has `recommended: "off"` (and says
   * so in `docs.whenNotToUse`; the catalogue test checks both).
   */
  profiles?: Partial<Record<ProfileName, Severity | "off">>;
  /** The settings the docs example needs to trigger the rule (for rules that do nothing unconfigured). */
  exampleSettings?: Partial<RuleSettings>;
}

/** What a check found: where, and the facts the message and the fix are made from. */
export interface Detection<Data> {
  range: Range;
  data: Data;
}

/**
 * How a check hands over what it found, one detection at a time (as ESLint's `context.report`). A callback rather
 * than a generator: V8 runs `for…of` loops inside generator bodies several times slower than in plain functions
 * (≈ 6× in a micro-benchmark of 190 rules × 66 instructions), and every rule loops over the instructions.
 */
export type ReportDetection<Data> = (detection: Data) => void;

/** Settings some rules read (from `.hadolint.yaml` or `.shipshape.yaml`). */
export interface RuleSettings {
  /** Registries base images may come from (`docker.io`, `*.gcr.io`); empty means any. */
  trustedRegistries: string[];
  /** Labels the image must carry, with the type of their value. */
  labelSchema: Record<string, string>;
  /** Labels outside `labelSchema` are reported. */
  strictLabels: boolean;
}

export interface DockerfileRuleContext {
  model: DockerfileModel;
  settings: RuleSettings;
  /** The simple commands of a RUN, through `sudo`, `sh -c` and shell heredocs (empty for other instructions). */
  commands(instruction: Instruction): Command[];
  /** Mounts, network, commands and shell errors of a RUN. */
  run(instruction: Instruction): RunDetails;
  /** A word's value with variables expanded as `at` sees them; undefined when it depends on something unknown. */
  resolve(word: Word | string, at: Instruction): string | undefined;
  /** Every file of the review (the Dockerfile included): the size estimate reads package.json, lockfiles… from them. */
  files: readonly SourceFile[];
  /** Files and packages that a RUN of a stage that ships deletes after an earlier layer added them (size estimate). */
  laterDeletions(): readonly LaterDeletion[];
}

/**
 * A Dockerfile rule: detection, message and fix kept apart. `check` is pure and only finds; `message`
 * explains what is wrong, why, and what to do; `fix` returns edits or nothing when it cannot be sure.
 */
export interface DockerfileRule<Data = unknown> {
  meta: RuleMeta & { fileKind: "dockerfile" };
  check(context: DockerfileRuleContext, report: ReportDetection<Detection<Data>>): void;
  message(data: Data): string;
  fix?(data: Data, context: DockerfileRuleContext): Fix | undefined;
}

export interface ComposeRuleContext {
  /** The file under review: findings point into it. */
  file: ComposeFile;
  /** The files Compose merges with it (`-f a -f b` order), for what a service gets from another file. */
  project: ComposeProject;
}

/** A compose rule; same shape as a Dockerfile rule. */
export interface ComposeRule<Data = unknown> {
  meta: RuleMeta & { fileKind: "compose" };
  check(context: ComposeRuleContext, report: ReportDetection<Detection<Data>>): void;
  message(data: Data): string;
  fix?(data: Data, context: ComposeRuleContext): Fix | undefined;
}

export interface DockerignoreRuleContext {
  file: DockerignoreFile;
}

export interface DockerignoreRule<Data = unknown> {
  meta: RuleMeta & { fileKind: "dockerignore" };
  check(context: DockerignoreRuleContext, report: ReportDetection<Detection<Data>>): void;
  message(data: Data): string;
  fix?(data: Data, context: DockerignoreRuleContext): Fix | undefined;
}

export interface WorkspaceRuleContext {
  workspace: Workspace;
  /** True when a name is a rule id or alias, a hadolint code or a BuildKit check name (for pragmas). */
  isKnownRuleName(name: string): boolean;
}

/** What a workspace rule found, and in which file of the review. */
export interface WorkspaceDetection<Data> extends Detection<Data> {
  path: string;
}

/** A rule that judges files together (a compose service against its Dockerfile…); runs once per review. */
export interface WorkspaceRule<Data = unknown> {
  meta: RuleMeta & { fileKind: "workspace" };
  check(context: WorkspaceRuleContext, report: ReportDetection<WorkspaceDetection<Data>>): void;
  message(data: Data): string;
  fix?(data: Data, context: WorkspaceRuleContext): Fix | undefined;
}

export type Rule = DockerfileRule<any> | ComposeRule<any> | DockerignoreRule<any> | WorkspaceRule<any>;

/** Identity helper that lets TypeScript infer a rule's Data type from its check. */
export function defineDockerfileRule<Data>(rule: DockerfileRule<Data>): DockerfileRule<Data> {
  return rule;
}

export function defineComposeRule<Data>(rule: ComposeRule<Data>): ComposeRule<Data> {
  return rule;
}

export function defineDockerignoreRule<Data>(rule: DockerignoreRule<Data>): DockerignoreRule<Data> {
  return rule;
}

export function defineWorkspaceRule<Data>(rule: WorkspaceRule<Data>): WorkspaceRule<Data> {
  return rule;
}
