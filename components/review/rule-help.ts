/** The bits of each rule's docs the editor and the Findings panel show, keyed by rule id (sent by the server page). */
export type RuleHelp = Record<string, { summary: string; whyItMatters: string }>;

/** Where a rule's documentation page lives. */
export function ruleDocsPath(rule: string): string {
  return `/rules/${encodeURIComponent(rule)}`;
}
