import type { Finding, Report, Severity } from "../types";

/**
 * GitHub Actions workflow commands: one `::error file=…,line=…::message` line per finding, which a workflow step turns
 * into annotations on the pull request's diff without a code-scanning upload.
 */
const COMMAND: Record<Severity, string> = { error: "error", warning: "warning", info: "notice", style: "notice" };

/** A command's message: `%`, CR and LF escaped as the runner reads them. */
function escapeData(text: string): string {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

/** A property value: like the message, and `:` and `,`, which separate properties. */
function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

function annotation(path: string, finding: Finding): string {
  const { start, end } = finding.range;
  const properties = [`file=${escapeProperty(path)}`, `line=${start.line}`, `endLine=${end.line}`];
  // Columns count on one line only; the runner's end column is inclusive, ours exclusive.
  if (start.line === end.line) properties.push(`col=${start.column}`, `endColumn=${Math.max(start.column, end.column - 1)}`);
  properties.push(`title=${escapeProperty(`${finding.rule} (${finding.severity})`)}`);
  return `::${COMMAND[finding.severity]} ${properties.join(",")}::${escapeData(finding.message)}`;
}

export function formatGithub(report: Report): string {
  return report.files.flatMap((file) => file.findings.map((finding) => annotation(file.path, finding))).join("\n");
}
