import Link from "next/link";
import { connection } from "next/server";

export default async function NotFound() {
  // Rendered per request like every page, so its scripts carry the CSP nonce.
  await connection();
  return (
    <main className="mx-auto max-w-xl px-4 py-16">
      <h1 className="text-2xl font-bold">Page not found</h1>
      <p className="mt-2 text-ink-muted">
        There is nothing at this address. <Link href="/" className="text-accent underline">Review a Dockerfile</Link> instead.
      </p>
    </main>
  );
}
