import { formatBytes, formatRange } from "../size/bytes";
import type { FileReport, Report, Severity } from "../types";
import { countFindings, plural, severityBreakdown, sumCounts } from "./summary";

export interface StylishOptions {
  color: boolean;
}

const COLORS: Record<Severity, string> = { error: "31", warning: "33", info: "36", style: "90" };

/** Control characters quoted from a file would drive the terminal (`ESC[2J` clears it): shown as `\x1b` instead. */
function printable(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, (ch) => `\\x${ch.charCodeAt(0).toString(16).padStart(2, "0")}`);
}

/** The human format: findings grouped by file, one aligned line each, and a summary line. */
export function formatStylish(report: Report, { color }: StylishOptions): string {
  const paint = (code: string, text: string) => (color ? `\u001b[${code}m${text}\u001b[0m` : text);
  const lines: string[] = [];
  for (const file of report.files) {
    if (file.findings.length === 0 && !file.size) continue;
    lines.push(paint("4", printable(file.path)));
    const width = Math.max(...file.findings.map((f) => `${f.range.start.line}:${f.range.start.column}`.length));
    for (const finding of file.findings) {
      const where = `${finding.range.start.line}:${finding.range.start.column}`.padEnd(width);
      const fixable = finding.fixes.some((fix) => fix.applicability === "safe") ? " (fixable)" : "";
      lines.push(`  ${paint("2", where)}  ${paint(COLORS[finding.severity], finding.severity.padEnd(7))}  ${printable(finding.message)}  ${paint("2", finding.rule)}${fixable}`);
    }
    if (file.size) lines.push(`  ${sizeSummary(file)}`);
    lines.push("");
  }
  const counts = countFindings(report).total;
  const total = sumCounts(counts);
  if (total === 0) lines.push(paint("32", `No findings in ${plural(report.files.length, "file")}.`));
  else lines.push(`${plural(total, "finding")} (${severityBreakdown(counts)})`);
  return lines.join("\n");
}

/** "Estimated image size: 187 MB (164–212 MB), 64 MB compressed; with node:22-slim as the base: −41 MB". */
function sizeSummary(file: FileReport): string {
  const size = file.size!;
  const best = size.comparisons.filter((c) => c.kind !== "current").sort((a, b) => b.savingBytes - a.savingBytes)[0];
  const saving = best && best.savingBytes > 0 ? `; ${best.label}: −${formatBytes(best.savingBytes)} compressed` : "";
  return `Estimated image size: ${formatRange(size.uncompressedBytes)}, ${formatBytes(size.compressedBytes.estimate)} compressed${saving}`;
}
