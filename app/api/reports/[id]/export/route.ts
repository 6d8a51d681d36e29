import { methodNotAllowed } from "@/lib/http/errors";
import { reportHandlers } from "../../default-handlers";

/** The shared findings as Markdown, JSON (the CLI's shape) or SARIF: `?format=markdown|json|sarif`. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  return reportHandlers.export(request, (await params).id);
}

const notAllowed = methodNotAllowed("GET");
export const POST = notAllowed;
export const PUT = notAllowed;
export const PATCH = notAllowed;
export const DELETE = notAllowed;
