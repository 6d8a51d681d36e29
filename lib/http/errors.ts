/**
 * The JSON error shape every API route answers with: `{"error":{"code","message","issues?"}}`.
 * Messages are written for people; no stack trace or internal detail ever leaves the server.
 */
export type ApiErrorCode =
  | "payload_too_large"
  | "bad_json"
  | "invalid_request"
  | "not_found"
  | "method_not_allowed"
  | "unsupported_media_type"
  | "unauthorized"
  | "forbidden"
  | "conflict"
  | "rate_limited"
  | "unavailable";

export interface ApiIssue {
  /** Dotted path into the request body, e.g. `files.0.content`; empty for the body itself. */
  path: string;
  message: string;
}

const STATUS: Record<ApiErrorCode, number> = {
  payload_too_large: 413,
  bad_json: 400,
  invalid_request: 400,
  not_found: 404,
  method_not_allowed: 405,
  unsupported_media_type: 415,
  unauthorized: 401,
  forbidden: 403,
  conflict: 409,
  rate_limited: 429,
  unavailable: 503,
};

export class ApiError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
    readonly issues?: ApiIssue[],
    /** Headers the status needs (`Allow` for 405). */
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = "ApiError";
  }

  get status(): number {
    return STATUS[this.code];
  }

  toResponse(): Response {
    const error = { code: this.code, message: this.message, ...(this.issues ? { issues: this.issues } : {}) };
    // RFC 9110 §11.6.1: a 401 names the scheme it wants.
    const challenge: Record<string, string> = this.code === "unauthorized" ? { "WWW-Authenticate": "Bearer" } : {};
    return Response.json({ error }, { status: this.status, headers: { "Cache-Control": "no-store", ...challenge, ...this.headers } });
  }
}

/** A route handler for the methods a route does not answer: 405 with the `Allow` header RFC 9110 §15.5.6 requires. */
export function methodNotAllowed(...allowed: string[]): () => Response {
  const allow = [...allowed, "OPTIONS"].join(", ");
  return () => new ApiError("method_not_allowed", `This address answers ${allowed.join(" and ")} only.`, undefined, { Allow: allow }).toResponse();
}
