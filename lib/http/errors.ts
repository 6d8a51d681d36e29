/**
 * The JSON error shape every API route answers with: `{"error":{"code","message","issues?"}}`.
 * Messages are written for people; no stack trace or internal detail ever leaves the server.
 */
export type ApiErrorCode =
  | "payload_too_large"
  | "bad_json"
  | "invalid_request"
  | "not_found"
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
  ) {
    super(message);
    this.name = "ApiError";
  }

  get status(): number {
    return STATUS[this.code];
  }

  toResponse(): Response {
    const error = { code: this.code, message: this.message, ...(this.issues ? { issues: this.issues } : {}) };
    return Response.json({ error }, { status: this.status, headers: { "Cache-Control": "no-store" } });
  }
}
