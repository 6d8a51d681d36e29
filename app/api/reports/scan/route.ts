import { methodNotAllowed } from "@/lib/http/errors";
import { reportHandlers } from "../default-handlers";

/** Lists the secrets a share would redact, storing nothing. */
export function POST(request: Request): Promise<Response> {
  return reportHandlers.scan(request);
}

const notAllowed = methodNotAllowed("POST");
export const GET = notAllowed;
export const PUT = notAllowed;
export const PATCH = notAllowed;
export const DELETE = notAllowed;
