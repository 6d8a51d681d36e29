import { ApiError } from "@/lib/http/errors";

/** Any other address under /api answers in the API's JSON error shape, not with the HTML page for people. */
function notFound(): Response {
  return new ApiError("not_found", "No API answers at this address: see the README for /api/analyze and /api/reports.").toResponse();
}

export const GET = notFound;
export const POST = notFound;
export const PUT = notFound;
export const PATCH = notFound;
export const DELETE = notFound;
