import { methodNotAllowed } from "@/lib/http/errors";
import { reportHandlers } from "./default-handlers";

/** Shares a workspace; see handlers.ts. */
export function POST(request: Request): Promise<Response> {
  return reportHandlers.create(request);
}

const notAllowed = methodNotAllowed("POST");
export const GET = notAllowed;
export const PUT = notAllowed;
export const PATCH = notAllowed;
export const DELETE = notAllowed;
