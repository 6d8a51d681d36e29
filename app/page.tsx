import { connection } from "next/server";
import { EXAMPLE_DOCKERFILE } from "@/components/review/example-dockerfile";
import { ReviewWorkbench } from "@/components/review/review-workbench";
import { forkedDockerfile } from "./r/[id]/load";

export default async function HomePage({ searchParams }: { searchParams: Promise<{ fork?: string | string[] }> }) {
  // Rendered per request so each response carries the CSP nonce set in proxy.ts.
  await connection();
  // "Open in editor" on a shared report links here with ?fork=<id>.
  const { fork } = await searchParams;
  const forked = typeof fork === "string" ? await forkedDockerfile(fork) : undefined;
  return (
    <>
      <header className="mx-auto flex max-w-screen-2xl flex-wrap items-baseline gap-x-4 gap-y-1 px-4 pt-5 pb-4">
        <h1 className="text-2xl font-bold tracking-tight">Shipshape</h1>
        <p className="text-ink-muted">Reviews your Dockerfile against container best practices as you type.</p>
      </header>
      <main className="mx-auto max-w-screen-2xl px-4 pb-6">
        <ReviewWorkbench initialContent={forked ?? EXAMPLE_DOCKERFILE} />
      </main>
    </>
  );
}
