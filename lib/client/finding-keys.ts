import type { Finding } from "@/lib/analysis";

/**
 * A key per finding of a file: `rule@line:column`, then `#2`, `#3`… for further findings of the same rule at the same
 * place (a broken YAML line can give several syntax errors there). Unique, so each finding is its own list entry and
 * stop of "Next problem", and stable across reviews while the finding stays where it is.
 */
export function findingKeys(fileId: string, findings: readonly Finding[]): Map<Finding, string> {
  const keys = new Map<Finding, string>();
  const seen = new Map<string, number>();
  for (const finding of findings) {
    const base = `${fileId}:${finding.rule}@${finding.range.start.line}:${finding.range.start.column}`;
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    keys.set(finding, count === 1 ? base : `${base}#${count}`);
  }
  return keys;
}
