import { reportHandlers } from "../../default-handlers";

/** The shared findings as Markdown, JSON (the CLI's shape) or SARIF: `?format=markdown|json|sarif`. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  return reportHandlers.export(request, (await params).id);
}
