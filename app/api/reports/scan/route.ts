import { reportHandlers } from "../default-handlers";

/** Lists the secrets a share would redact, storing nothing. */
export function POST(request: Request): Promise<Response> {
  return reportHandlers.scan(request);
}
