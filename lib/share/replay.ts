import type { Finding, Report } from "../analysis";
import { analyzeWorkspace } from "./analysis";
import type { SharedReportDocument } from "./document";

export interface ReplayResult {
  /** The current engine's findings on the shared files. */
  current: Report;
  /** Findings present now but not at share time. */
  added: { path: string; finding: Finding }[];
  /** Findings present at share time but not now. */
  removed: { path: string; finding: Finding }[];
}

/** What identifies a finding across engine versions: where, which rule, how severe, what it says. */
function key(path: string, finding: Finding): string {
  const { start, end } = finding.range;
  return JSON.stringify([path, finding.rule, finding.severity, start.line, start.column, end.line, end.column, finding.message]);
}

function keyed(report: Report): Map<string, { path: string; finding: Finding }> {
  const map = new Map<string, { path: string; finding: Finding }>();
  for (const file of report.files) for (const finding of file.findings) map.set(key(file.path, finding), { path: file.path, finding });
  return map;
}

/** Re-runs today's engine on a shared workspace and lists what changed since it was shared. */
export function replay(document: SharedReportDocument): ReplayResult {
  const current = analyzeWorkspace(document.workspace);
  const before = keyed(document.report);
  const now = keyed(current);
  return {
    current,
    added: [...now].filter(([k]) => !before.has(k)).map(([, v]) => v),
    removed: [...before].filter(([k]) => !now.has(k)).map(([, v]) => v),
  };
}
