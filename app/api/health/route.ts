/** Liveness probe for the container HEALTHCHECK and load balancers. */
export function GET(): Response {
  return Response.json({ status: "ok" }, { headers: { "Cache-Control": "no-store" } });
}
