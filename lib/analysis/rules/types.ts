import type { ComposeFile } from "../compose/model";
import type { ComposeProject } from "../compose/project";
import type { DockerfileModel } from "../dockerfile/model";
import type { DockerignoreFile } from "../dockerignore/model";
import type { Workspace } from "../workspace";
import type { Category, FileKind, Fix, Range, Severity } from "../types";

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
  /** False for rules that are off unless a config turns them on (e.g. pure style preferences). Default true. */
  enabledByDefault?: boolean;
  docs: RuleDocs;
}

/** What a check found: where, and the facts the message and the fix are made from. */
export interface Detection<Data> {
  range: Range;
  data: Data;
}

export interface DockerfileRuleContext {
  model: DockerfileModel;
}

/**
 * A Dockerfile rule: detection, message and fix kept apart. `check` is pure and only finds; `message`
 * explains what is wrong, why, and what to do; `fix` returns edits or nothing when it cannot be sure.
 */
export interface DockerfileRule<Data = unknown> {
  meta: RuleMeta & { fileKind: "dockerfile" };
  check(context: DockerfileRuleContext): Iterable<Detection<Data>>;
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
  check(context: ComposeRuleContext): Iterable<Detection<Data>>;
  message(data: Data): string;
  fix?(data: Data, context: ComposeRuleContext): Fix | undefined;
}

export interface DockerignoreRuleContext {
  file: DockerignoreFile;
}

export interface DockerignoreRule<Data = unknown> {
  meta: RuleMeta & { fileKind: "dockerignore" };
  check(context: DockerignoreRuleContext): Iterable<Detection<Data>>;
  message(data: Data): string;
  fix?(data: Data, context: DockerignoreRuleContext): Fix | undefined;
}

export interface WorkspaceRuleContext {
  workspace: Workspace;
}

/** What a workspace rule found, and in which file of the review. */
export interface WorkspaceDetection<Data> extends Detection<Data> {
  path: string;
}

/** A rule that judges files together (a compose service against its Dockerfile…); runs once per review. */
export interface WorkspaceRule<Data = unknown> {
  meta: RuleMeta & { fileKind: "workspace" };
  check(context: WorkspaceRuleContext): Iterable<WorkspaceDetection<Data>>;
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
