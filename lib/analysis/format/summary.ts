import { SEVERITIES, type Report, type Severity } from "../types";

export type SeverityCounts = Record<Severity, number>;

const zero = (): SeverityCounts => ({ error: 0, warning: 0, info: 0, style: 0 });

/** Findings per severity, per file and in total: the summary every export starts with. */
export function countFindings(report: Report): { total: SeverityCounts; files: { path: string; counts: SeverityCounts }[] } {
  const total = zero();
  const files = report.files.map((file) => {
    const counts = zero();
    for (const finding of file.findings) {
      counts[finding.severity] += 1;
      total[finding.severity] += 1;
    }
    return { path: file.path, counts };
  });
  return { total, files };
}

export function sumCounts(counts: SeverityCounts): number {
  return SEVERITIES.reduce((sum, severity) => sum + counts[severity], 0);
}

export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}

/** "3 warnings, 1 info": "info" and "style" read as mass nouns and take no plural. */
export function severityBreakdown(counts: SeverityCounts): string {
  return SEVERITIES.filter((s) => counts[s] > 0).map((s) => (s === "info" || s === "style" ? `${counts[s]} ${s}` : plural(counts[s], s))).join(", ");
}
