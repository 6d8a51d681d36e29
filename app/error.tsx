"use client";

import Link from "next/link";

/**
 * What a page shows when it fails on our side (the report storage down…), inside the site's header like "Page not
 * found". Errors from the server arrive without their message; the digest matches the server's log.
 */
export default function PageError({ error, retry }: { error: unknown; retry: () => void }) {
  const digest = error instanceof Error && "digest" in error && typeof error.digest === "string" ? error.digest : undefined;
  return (
    <main className="mx-auto max-w-xl px-4 py-16">
      <title>Something went wrong — Shipshape</title>
      <h1 className="text-2xl font-bold">This page could not load</h1>
      <p className="mt-2 text-ink-muted">
        Something went wrong on our side. Try again in a moment, or <Link href="/" className="text-accent underline">review a Dockerfile</Link> instead.
      </p>
      <p className="mt-4">
        <button type="button" onClick={retry} className="rounded bg-accent px-3 py-1.5 font-semibold text-surface">
          Try again
        </button>
      </p>
      {digest && <p className="mt-4 text-xs text-ink-muted">Error reference: {digest}</p>}
    </main>
  );
}
