import type { FileKind, Finding, TextEdit } from "@/lib/analysis";

/** The placeholder the person is asked to replace with their reason. */
export const REASON_PLACEHOLDER = "reason";

/**
 * The edit behind "Ignore this rule here": a suppression comment on its own line above the finding's
 * instruction (Dockerfile: `# shipshape-ignore <rule> -- reason`) or above its key (Compose:
 * `# shipshape-ignore <rule>`), indented like that line. Null for files without comments.
 */
export function ignoreCommentEdit(kind: FileKind, text: string, finding: Pick<Finding, "rule" | "range">): TextEdit | null {
  if (kind !== "dockerfile" && kind !== "compose") return null;
  const lines = text.split(/\r?\n/);
  let line = Math.min(finding.range.start.line, lines.length);
  // A Dockerfile instruction may continue over several lines; the comment goes above its first line.
  if (kind === "dockerfile") while (line > 1 && /\\\s*$/.test(lines[line - 2] ?? "")) line--;
  const indent = /^\s*/.exec(lines[line - 1] ?? "")?.[0] ?? "";
  const comment = kind === "dockerfile" ? `# shipshape-ignore ${finding.rule} -- ${REASON_PLACEHOLDER}` : `# shipshape-ignore ${finding.rule}`;
  const at = { line, column: 1 };
  return { range: { start: at, end: at }, text: `${indent}${comment}\n` };
}
