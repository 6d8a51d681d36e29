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

/**
 * Replays by report id, newest last: a stored report never changes, and the engine only with a new build, so each view
 * of a link need not review its files again (a 1 MB share took seconds of the server's time per view). Bounded, as a
 * replay holds the report's findings.
 */
const replays = new Map<string, ReplayResult>();
const MAX_REPLAYS = 32;

/** Re-runs today's engine on a shared workspace and lists what changed since it was shared; remembered per `id`. */
export function replay(document: SharedReportDocument, id?: string): ReplayResult {
  const remembered = id === undefined ? undefined : replays.get(id);
  if (remembered) {
    replays.delete(id!);
    replays.set(id!, remembered);
    return remembered;
  }
  const result = replayNow(document);
  if (id !== undefined) {
    replays.set(id, result);
    if (replays.size > MAX_REPLAYS) replays.delete(replays.keys().next().value!);
  }
  return result;
}

function replayNow(document: SharedReportDocument): ReplayResult {
  const current = analyzeWorkspace(document.workspace);
  const before = keyed(document.report);
  const now = keyed(current);
  return {
    current,
    added: [...now].filter(([k]) => !before.has(k)).map(([, v]) => v),
    removed: [...before].filter(([k]) => !now.has(k)).map(([, v]) => v),
  };
}
