import { reviewFiles, type AnalyzeOptions } from "./engine";
import type { ImageSizeEstimate } from "./size/types";
import type { FileKind, Finding, SourceFile } from "./types";
import { ENGINE_VERSION } from "./version";

/** The events of a streamed review, in the order they are produced. */
export type AnalysisEvent =
  | { type: "start"; engineVersion: string; files: number }
  | { type: "file"; path: string; kind: FileKind }
  | { type: "findings"; path: string; findings: Finding[] }
  /** Dockerfiles only, right after their findings. */
  | { type: "size"; path: string; size: ImageSizeEstimate }
  | { type: "done"; findings: number; durationMs: number };

/**
 * Reviews the files one by one and yields each result as soon as it exists, so a caller can stream it. Each
 * file gets exactly one `findings` event holding all its findings, those of rules that read several files included.
 * The caller may stop iterating at any point (e.g. when the client went away).
 */
export function* analysisEvents(files: readonly SourceFile[], options: AnalyzeOptions = {}): Generator<AnalysisEvent> {
  const started = performance.now();
  let total = 0;
  yield { type: "start", engineVersion: ENGINE_VERSION, files: files.length };
  for (const report of reviewFiles(files, options)) {
    yield { type: "file", path: report.path, kind: report.kind };
    total += report.findings.length;
    yield { type: "findings", path: report.path, findings: report.findings };
    if (report.size) yield { type: "size", path: report.path, size: report.size };
  }
  yield { type: "done", findings: total, durationMs: Math.round(performance.now() - started) };
}
