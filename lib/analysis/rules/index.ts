import dockerfileSyntaxError from "./dockerfile/dockerfile-syntax-error";
import noAptListsLeft from "./dockerfile/no-apt-lists-left";
import noDeleteInLaterLayer from "./dockerfile/no-delete-in-later-layer";
import noLatestTag from "./dockerfile/no-latest-tag";
import noMaintainer from "./dockerfile/no-maintainer";
import noRootUser from "./dockerfile/no-root-user";
import noUntaggedImage from "./dockerfile/no-untagged-image";
import preferCopy from "./dockerfile/prefer-copy";
import shellSyntaxError from "./dockerfile/shell-syntax-error";
import unknownRuleInPragma from "./dockerfile/unknown-rule-in-pragma";
import useExecForm from "./dockerfile/use-exec-form";
import { isExternalRuleName } from "./names";
import type { Rule } from "./types";

/** The engine's own checks (syntax, pragmas): not best practices, so they are named for what they report. */
export const ENGINE_RULES: readonly Rule[] = [dockerfileSyntaxError, shellSyntaxError, unknownRuleInPragma];

/** Every rule, in the order their findings are reported for the same position. */
export const RULES: readonly Rule[] = [
  ...ENGINE_RULES,
  noLatestTag,
  noUntaggedImage,
  noRootUser,
  useExecForm,
  noAptListsLeft,
  noDeleteInLaterLayer,
  preferCopy,
  noMaintainer,
];

const byName = new Map<string, Rule>();
for (const rule of RULES) {
  for (const name of [rule.meta.id, ...rule.meta.aliases]) byName.set(name.toLowerCase(), rule);
}

/** Finds a rule by its id or any alias (hadolint code, build-check name…), case-insensitively. */
export function findRule(name: string): Rule | undefined {
  return byName.get(name.trim().toLowerCase());
}

/** True for our rule names and for the names other tools use (hadolint, ShellCheck, BuildKit checks). */
export function isKnownRuleName(name: string): boolean {
  return findRule(name) !== undefined || isExternalRuleName(name.trim());
}
