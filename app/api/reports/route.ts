import { reportHandlers } from "./default-handlers";

/** Shares a workspace; see handlers.ts. */
export function POST(request: Request): Promise<Response> {
  return reportHandlers.create(request);
}
