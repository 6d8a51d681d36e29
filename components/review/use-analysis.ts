import { useCallback, useEffect, useReducer, useRef } from "react";
import { analysisReducer, INITIAL_ANALYSIS } from "@/lib/client/analysis-state";
import { AnalysisRequestError, streamAnalysis, type AnalyzeRequest } from "@/lib/client/analysis-stream";

/**
 * While a review is running, edits are gathered for this long before the next request, so a fast typist
 * does not start one per key. When nothing is running, the request goes out at once: that keeps the time
 * from a keystroke to updated markers down to the server's answer time.
 */
const BUSY_DEBOUNCE_MS = 60;

/**
 * Reviews the whole workspace through /api/analyze as it is edited. Each request aborts the one before it
 * and is numbered; the reducer drops events of any request but the newest, so an older answer never
 * overwrites a newer one.
 */
export function useAnalysis() {
  const [state, dispatch] = useReducer(analysisReducer, INITIAL_ANALYSIS);
  const latestRequest = useRef(0);
  const inFlight = useRef<AbortController | null>(null);
  const debounce = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const analyze = useCallback(async (body: AnalyzeRequest) => {
    clearTimeout(debounce.current);
    const request = ++latestRequest.current;
    inFlight.current?.abort();
    const abort = new AbortController();
    inFlight.current = abort;
    dispatch({ type: "request", request, files: body.files });
    try {
      await streamAnalysis(body, { signal: abort.signal, onEvent: (event) => dispatch({ type: "event", request, event }) });
      dispatch({ type: "closed", request });
    } catch (error) {
      if (abort.signal.aborted) return;
      const message =
        error instanceof AnalysisRequestError ? error.message : "Could not reach the server. Check the connection and edit again.";
      dispatch({ type: "failed", request, message });
    } finally {
      if (inFlight.current === abort) inFlight.current = null;
    }
  }, []);

  const scheduleAnalysis = useCallback(
    (body: AnalyzeRequest) => {
      clearTimeout(debounce.current);
      if (!inFlight.current) void analyze(body);
      else debounce.current = setTimeout(() => void analyze(body), BUSY_DEBOUNCE_MS);
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

  return { ...state, scheduleAnalysis };
}
