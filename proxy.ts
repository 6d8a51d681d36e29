import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy } from "@/lib/http/content-security-policy";

/** A path with a broken percent-escape (`/rules/%E0%A4%A`), which Next.js itself cannot decode (it answered 500). */
function isMalformed(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return false;
  } catch {
    return true;
  }
}

/**
 * Gives each page request a fresh CSP nonce (Next.js reads it from the request's Content-Security-Policy header and
 * adds it to the scripts it renders), and answers a path that cannot be decoded with 404: the JSON error under /api,
 * the site's "Page not found" elsewhere.
 */
export function proxy(request: NextRequest) {
  const malformed = isMalformed(request.nextUrl.pathname);
  if (request.nextUrl.pathname.startsWith("/api/")) {
    return malformed
      ? NextResponse.json({ error: { code: "not_found", message: "This address is not part of the API (it has a broken %-escape)." } }, { status: 404 })
      : NextResponse.next();
  }
  const nonce = btoa(crypto.randomUUID());
  const policy = contentSecurityPolicy(nonce, { development: process.env.NODE_ENV === "development" });

  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("Content-Security-Policy", policy);
  // Any path no page answers renders the not-found page, with its 404 status.
  const response = malformed
    ? NextResponse.rewrite(new URL("/not-found", request.url), { request: { headers: requestHeaders } })
    : NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

export const config = {
  matcher: [
    {
      // Pages: API answers get their own CSP in next.config.js and static files need none.
      source: "/((?!api/|_next/static|_next/image|favicon.ico|icon.svg).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
    // The API, for the paths it cannot decode.
    "/api/:path*",
  ],
};
