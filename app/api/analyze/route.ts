import { analysisEvents, analyzeOptionsFrom, ConfigError, type AnalyzeOptions } from "@/lib/analysis";
import "@/lib/analysis/size/bundled-data";
import { ApiError, methodNotAllowed } from "@/lib/http/errors";
import { NDJSON_HEADERS, ndjsonStream } from "@/lib/http/ndjson";
import { readJsonBody } from "@/lib/http/read-json-body";
import { analyzeRequestSchema, invalidShapeError } from "./schema";

/** Reviews the posted files and streams the analysis events as NDJSON, one event per line. */
export async function POST(request: Request): Promise<Response> {
  let body: unknown;
  try {
    body = await readJsonBody(request);
  } catch (error) {
    if (error instanceof ApiError) return error.toResponse();
    throw error;
  }

  const parsed = analyzeRequestSchema.safeParse(body);
  if (!parsed.success) {
    return invalidShapeError(parsed.error).toResponse();
  }

  const { files, config, profile, target, buildArgs, assumptions } = parsed.data;
  let engineOptions: AnalyzeOptions;
  try {
    engineOptions = analyzeOptionsFrom({ profile, config, target, buildArgs, assumptions });
  } catch (error) {
    if (error instanceof ConfigError) return new ApiError("invalid_request", error.message).toResponse();
    throw error;
  }
  const events = analysisEvents(files, engineOptions);
  const stream = ndjsonStream(events, {
    signal: request.signal,
    onError(error) {
      console.error("analysis failed", error);
      return { type: "error", message: "The analysis failed unexpectedly. Please try again or report the file." };
    },
  });
  return new Response(stream, { headers: NDJSON_HEADERS });
}

const notAllowed = methodNotAllowed("POST");
export const GET = notAllowed;
export const PUT = notAllowed;
export const PATCH = notAllowed;
export const DELETE = notAllowed;
