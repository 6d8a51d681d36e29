import { methodNotAllowed } from "@/lib/http/errors";
import { reportHandlers } from "../default-handlers";

interface Context {
  params: Promise<{ id: string }>;
}

export async function GET(request: Request, { params }: Context): Promise<Response> {
  return reportHandlers.read(request, (await params).id);
}

export async function DELETE(request: Request, { params }: Context): Promise<Response> {
  return reportHandlers.remove(request, (await params).id);
}

const notAllowed = methodNotAllowed("GET", "DELETE");
export const POST = notAllowed;
export const PUT = notAllowed;
export const PATCH = notAllowed;
