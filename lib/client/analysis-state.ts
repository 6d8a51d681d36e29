import type { FileKind, Finding } from "@/lib/analysis";
import type { StreamEvent } from "./analysis-stream";
import type { ImageSizeEstimate } from "@/lib/analysis/size/types";

/** What the page knows about one file of the latest review. */
export interface FileAnalysis {
  kind: FileKind | null;
  findings: Finding[];
  /** The text the findings belong to: fixes are offered only while the editor still shows it. */
  analyzedContent: string | null;
  /** Undefined while the newest request has not said yet; null when it said there is none. */
  size: ImageSizeEstimate | null | undefined;
}

export type Phase = "idle" | "waiting" | "findings" | "size";

export interface AnalysisState {
  /** Number of the newest request; events of any other request are dropped. */
  request: number;
  /** The texts of the newest request, by path. */
  sent: Record<string, string>;
  /** Paths whose findings / size arrived in the newest request. */
  received: { findings: string[]; size: string[] };
  files: Record<string, FileAnalysis>;
  phase: Phase;
  error: string | null;
}

export type AnalysisAction =
  | { type: "request"; request: number; files: ReadonlyArray<{ path: string; content: string }> }
  | { type: "event"; request: number; event: StreamEvent }
  | { type: "failed"; request: number; message: string }
  /** The stream closed; without a "done" event this still ends the progress state. */
  | { type: "closed"; request: number };

export const INITIAL_ANALYSIS: AnalysisState = {
  request: 0,
  sent: {},
  received: { findings: [], size: [] },
  files: {},
  phase: "idle",
  error: null,
};

const EMPTY_FILE: FileAnalysis = { kind: null, findings: [], analyzedContent: null, size: undefined };

/**
 * Folds the streamed events of reviews into what the page shows. A newer request always wins: once it
 * starts, events of older ones are ignored. Results of the previous review stay until the newer one
 * replaces them, file by file, so markers and charts do not flicker while a review runs.
 */
export function analysisReducer(state: AnalysisState, action: AnalysisAction): AnalysisState {
  if (action.type === "request") {
    return {
      ...state,
      request: action.request,
      sent: Object.fromEntries(action.files.map((file) => [file.path, file.content])),
      received: { findings: [], size: [] },
      phase: "waiting",
    };
  }
  if (action.request !== state.request) return state;
  switch (action.type) {
    case "failed":
      return { ...state, files: {}, phase: "idle", error: action.message };
    case "closed":
      return state.phase === "idle" ? state : { ...state, phase: "idle" };
    case "event":
      return applyEvent(state, action.event);
  }
}

function applyEvent(state: AnalysisState, event: StreamEvent): AnalysisState {
  switch (event.type) {
    case "file":
      // Usually already known from the previous review: keep the state (and skip a render) then.
      return state.files[event.path]?.kind === event.kind ? state : updateFile(state, event.path, { kind: event.kind });
    case "findings": {
      const next = updateFile(state, event.path, { findings: event.findings, analyzedContent: state.sent[event.path] ?? null });
      return { ...next, phase: "findings", error: null, received: { ...state.received, findings: [...state.received.findings, event.path] } };
    }
    case "size":
      return {
        ...updateFile(state, event.path, { size: event.size }),
        phase: "size",
        received: { ...state.received, size: [...state.received.size, event.path] },
      };
    case "done":
      return finish(state);
    case "error":
      return { ...state, files: {}, phase: "idle", error: event.message };
    default:
      // "start" and event kinds this page does not know yet.
      return state;
  }
}

/** The review is complete: forget files no longer sent and say "no estimate" where none came. */
function finish(state: AnalysisState): AnalysisState {
  const files: Record<string, FileAnalysis> = {};
  for (const path of Object.keys(state.sent)) {
    const file = state.files[path] ?? EMPTY_FILE;
    files[path] = state.received.size.includes(path) ? file : { ...file, size: null };
  }
  return { ...state, files, phase: "idle", error: null };
}

function updateFile(state: AnalysisState, path: string, patch: Partial<FileAnalysis>): AnalysisState {
  return { ...state, files: { ...state.files, [path]: { ...(state.files[path] ?? EMPTY_FILE), ...patch } } };
}
