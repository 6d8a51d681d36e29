import { connection } from "next/server";
import { ReviewWorkbench } from "@/components/review/review-workbench";
import type { RuleHelp } from "@/components/review/rule-help";
import { RULES } from "@/lib/analysis";
import { forkedWorkspace } from "./r/[id]/load";

/** The slice of the rule docs the editor's hovers and the Findings panel show. */
function ruleHelp(): RuleHelp {
  return Object.fromEntries(RULES.map(({ meta }) => [meta.id, { summary: meta.docs.summary, whyItMatters: meta.docs.whyItMatters }]));
}

export default async function HomePage({ searchParams }: { searchParams: Promise<{ fork?: string | string[] }> }) {
  // Rendered per request so each response carries the CSP nonce set in proxy.ts.
  await connection();
  // "Open in editor" on a shared report links here with ?fork=<id>.
  const { fork } = await searchParams;
  const forked = typeof fork === "string" ? await forkedWorkspace(fork) : undefined;
  return (
    <main className="mx-auto max-w-screen-2xl px-4 pb-4">
      <h1 className="sr-only">Shipshape: review Dockerfiles, Compose files and .dockerignore</h1>
      <ReviewWorkbench ruleHelp={ruleHelp()} initialWorkspace={forked} />
    </main>
  );
}
