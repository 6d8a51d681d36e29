import { ApiError } from "./errors";

export const MAX_BODY_BYTES = 1024 * 1024;

function tooLarge(limit: number): ApiError {
  return new ApiError("payload_too_large", `The request body is larger than ${formatBytes(limit)}.`);
}

function formatBytes(bytes: number): string {
  return bytes % (1024 * 1024) === 0 ? `${bytes / (1024 * 1024)} MiB` : `${bytes} bytes`;
}

/**
 * Reads a request body as JSON, refusing more than `limit` bytes. Content-Length is checked first, and
 * the bytes are counted while reading too, because a chunked body declares no length (and a declared
 * length can lie). Throws an ApiError that the route turns into a JSON error response.
 */
export async function readJsonBody(request: Request, limit = MAX_BODY_BYTES): Promise<unknown> {
  // A form, text/plain or untyped body (a Blob sent with sendBeacon) is what a cross-site page can send without
  // asking (no CORS preflight): refused.
  const type = request.headers.get("content-type");
  if (type === null || !/^application\/([\w.-]+\+)?json\s*(;|$)/i.test(type)) {
    throw new ApiError("unsupported_media_type", "Send the body as JSON, with Content-Type: application/json.");
  }
  const declaredLength = Number(request.headers.get("content-length"));
  if (declaredLength > limit) throw tooLarge(limit);

  const bytes = await readAtMost(request, limit);
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new ApiError("bad_json", "The request body is not valid UTF-8.");
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    const detail = error instanceof SyntaxError ? ` (${error.message})` : "";
    throw new ApiError("bad_json", `The request body is not valid JSON${detail}.`);
  }
}

async function readAtMost(request: Request, limit: number): Promise<Uint8Array> {
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      // Stop the upload instead of draining the rest of an oversized body.
      await reader.cancel().catch(() => {});
      throw tooLarge(limit);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}
