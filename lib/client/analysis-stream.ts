import type { AnalysisEvent, Config, SourceFile } from "@/lib/analysis";

/** An event of `POST /api/analyze`: the library's events and the server's own error line. Unknown types are ignored. */
export type StreamEvent = AnalysisEvent | { type: "error"; message: string };

/** The body of `POST /api/analyze`. */
export interface AnalyzeRequest {
  files: SourceFile[];
  config?: Config;
  profile?: string;
  /** The stage `docker build --target` builds. */
  target?: string;
  /** `--build-arg` values by ARG name. */
  buildArgs?: Record<string, string>;
  /** Size estimate inputs. */
  assumptions?: { contextBytes?: number };
}

/** A refusal by the API (413, 400, …) or a broken stream, with a message fit to show. */
export class AnalysisRequestError extends Error {
  override name = "AnalysisRequestError";
}

/**
 * Posts files to /api/analyze and calls `onEvent` for each NDJSON line as it arrives.
 * Resolves when the stream ends; rejects with AnalysisRequestError, or an AbortError when `signal` aborts.
 */
export async function streamAnalysis(
  request: AnalyzeRequest,
  { signal, onEvent }: { signal: AbortSignal; onEvent: (event: StreamEvent) => void },
): Promise<void> {
  const response = await fetch("/api/analyze", {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(request),
    signal,
  });
  if (!response.ok || !response.body) throw new AnalysisRequestError(await errorMessage(response));

  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffered = "";
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    buffered += value;
    const lines = buffered.split("\n");
    buffered = lines.pop() ?? "";
    for (const line of lines) if (line.trim()) onEvent(parseLine(line));
  }
  if (buffered.trim()) onEvent(parseLine(buffered));
}

function parseLine(line: string): StreamEvent {
  try {
    return JSON.parse(line) as StreamEvent;
  } catch {
    throw new AnalysisRequestError("The server sent a response the page could not read.");
  }
}

async function errorMessage(response: Response): Promise<string> {
  try {
    const body = (await response.json()) as { error?: { message?: string } };
    if (body.error?.message) return body.error.message;
  } catch {
    // Not our JSON error shape (e.g. a proxy's HTML page): fall through to the status line.
  }
  return `The server could not review the file (HTTP ${response.status}).`;
}
