import { useCallback, useEffect, useRef, useState } from "react";
import type { Finding } from "@/lib/analysis";
import { AnalysisRequestError, streamAnalysis } from "@/lib/client/analysis-stream";

/** Long enough to skip the requests of a fast typist, short enough to feel live. */
const DEBOUNCE_MS = 150;

export interface AnalysisState {
  findings: Finding[];
  /** The text the findings belong to; the editor offers fixes only while it still shows this text. */
  analyzedContent: string | null;
  pending: boolean;
  error: string | null;
}

// Keeps the same object when already pending, so keystrokes do not re-render the findings.
function markPending(previous: AnalysisState): AnalysisState {
  return previous.pending ? previous : { ...previous, pending: true };
}

/**
 * Reviews one file through /api/analyze as it is edited. Each request aborts the one before it and is
 * numbered, and events of any request but the newest are dropped, so an older answer never overwrites a newer one.
 */
export function useAnalysis(path: string) {
  const [state, setState] = useState<AnalysisState>({ findings: [], analyzedContent: null, pending: true, error: null });
  const latestRequest = useRef(0);
  const inFlight = useRef<AbortController | null>(null);
  const debounce = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const analyze = useCallback(
    async (content: string) => {
      clearTimeout(debounce.current);
      const request = ++latestRequest.current;
      const isCurrent = () => request === latestRequest.current;
      inFlight.current?.abort();
      const abort = new AbortController();
      inFlight.current = abort;
      setState(markPending);

      const findings: Finding[] = [];
      try {
        await streamAnalysis(
          { files: [{ path, content }] },
          {
            signal: abort.signal,
            onEvent(event) {
              if (!isCurrent()) return;
              switch (event.type) {
                case "findings":
                  findings.push(...event.findings);
                  setState({ findings: [...findings], analyzedContent: content, pending: true, error: null });
                  break;
                case "done":
                  setState({ findings: [...findings], analyzedContent: content, pending: false, error: null });
                  break;
                case "error":
                  setState({ findings: [], analyzedContent: null, pending: false, error: event.message });
                  break;
                // Other events ("start", "file", and kinds added later) carry nothing this view shows.
              }
            },
          },
        );
        // A stream cut short without "done" or "error" must not leave the panel saying "Analyzing…".
        if (isCurrent()) setState((previous) => ({ ...previous, pending: false }));
      } catch (error) {
        if (!isCurrent() || abort.signal.aborted) return;
        const message =
          error instanceof AnalysisRequestError ? error.message : "Could not reach the server. Check the connection and edit again.";
        setState({ findings: [], analyzedContent: null, pending: false, error: message });
      }
    },
    [path],
  );

  const scheduleAnalysis = useCallback(
    (content: string) => {
      clearTimeout(debounce.current);
      setState(markPending);
      debounce.current = setTimeout(() => void analyze(content), DEBOUNCE_MS);
    },
    [analyze],
  );

  useEffect(
    () => () => {
      clearTimeout(debounce.current);
      inFlight.current?.abort();
    },
    [],
  );

  return { ...state, analyze, scheduleAnalysis };
}
