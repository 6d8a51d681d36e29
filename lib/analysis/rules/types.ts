import type { RuleOptions } from "../config";
import type { DockerfileModel } from "../dockerfile/model";
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
  fileKind: Exclude<FileKind, "other">;
  docs: RuleDocs;
  /** False for opt-in rules: they run only when the config names them. Omitted means on. */
  enabledByDefault?: boolean;
  /** The rule options the docs example needs to trigger (for rules that do nothing unconfigured). */
  exampleOptions?: RuleOptions;
}

/** What a check found: where, and the facts the message and the fix are made from. */
export interface Detection<Data> {
  range: Range;
  data: Data;
}

export interface DockerfileRuleContext {
  model: DockerfileModel;
  /** The configured rule options; rules that need none ignore it. */
  options?: RuleOptions;
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

export type Rule = DockerfileRule<any>;

/** Identity helper that lets TypeScript infer a rule's Data type from its check. */
export function defineDockerfileRule<Data>(rule: DockerfileRule<Data>): DockerfileRule<Data> {
  return rule;
}
