/** Headers for every response. The page's Content-Security-Policy carries a per-request nonce, so proxy.ts sets it. */
const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "no-referrer" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
];

/** @type {import("next").NextConfig} */
const nextConfig = {
  output: "standalone",
  poweredByHeader: false,
  // `next dev` at http://127.0.0.1 never hydrates without this (its HMR socket is refused).
  allowedDevOrigins: ["127.0.0.1"],
  experimental: {
    // The build cache costs ~20 s on a cold 2-core build and only pays off when CI restores .next/cache.
    turbopackFileSystemCacheForBuild: process.env.NEXT_BUILD_FS_CACHE === "1",
  },
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders },
      // JSON and NDJSON answers are never documents: forbid everything if one is opened as a page.
      { source: "/api/:path*", headers: [{ key: "Content-Security-Policy", value: "default-src 'none'; frame-ancestors 'none'" }] },
    ];
  },
};

export default nextConfig;
