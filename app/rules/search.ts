import type { RuleMeta } from "@/lib/analysis";

/** The tools whose names a rule's aliases are, by the shape of the alias, so "hadolint" or "checkov" finds their rules. */
const ALIAS_TOOLS: ReadonlyArray<{ tool: string; pattern: RegExp }> = [
  { tool: "hadolint", pattern: /^DL\d{4}$/ },
  { tool: "checkov", pattern: /^CKV_/ },
  { tool: "trivy", pattern: /^(?:AVD-)?DS-?\d+$/ },
  { tool: "dockle", pattern: /^(?:DKL|CIS)-DI-\d+$/ },
  // Docker's build checks are named in CamelCase: JSONArgsRecommended, MaintainerDeprecated.
  { tool: "docker build checks", pattern: /^[A-Z][A-Za-z]*[a-z][A-Z][A-Za-z]*$/ },
];

/** Everything a rule is found by: id, aliases and the tools they come from, summary, file kind, category, severity. */
function searchableTexts(meta: RuleMeta): string[] {
  const tools = ALIAS_TOOLS.filter(({ pattern }) => meta.aliases.some((alias) => pattern.test(alias))).map(({ tool }) => tool);
  if (meta.profiles?.hadolint) tools.push("hadolint");
  return [meta.id, ...meta.aliases, ...tools, meta.docs.summary, meta.fileKind, meta.category, meta.severity].map((text) => text.toLowerCase());
}

/** Whether a rule matches what was typed in the rules search: every word somewhere in what it is found by. */
export function matchesRuleQuery(meta: RuleMeta, query: string): boolean {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (!words.length) return true;
  const texts = searchableTexts(meta);
  return words.every((word) => texts.some((text) => text.includes(word)));
}
