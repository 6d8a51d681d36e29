import { connection } from "next/server";
import { ReviewWorkbench, type InitialWorkspace } from "@/components/review/review-workbench";
import type { RuleHelp } from "@/components/review/rule-help";
import { RULES } from "@/lib/analysis";
import { findLesson } from "@/lib/lessons";
import { forkedWorkspace } from "./r/[id]/load";

/** The slice of the rule docs the editor's hovers and the Findings panel show. */
function ruleHelp(): RuleHelp {
  return Object.fromEntries(RULES.map(({ meta }) => [meta.id, { summary: meta.docs.summary, whyItMatters: meta.docs.whyItMatters }]));
}

interface Props {
  searchParams: Promise<{ fork?: string | string[]; lesson?: string | string[]; version?: string | string[] }>;
}

/** The files a lesson opens in the review (?lesson=<id>, the flawed version unless &version=after). */
function lessonWorkspace(id: string, version: string | string[] | undefined): InitialWorkspace | undefined {
  const lesson = findLesson(id);
  return lesson && { files: (version === "after" ? lesson.after : lesson.before).files, origin: `the lesson "${lesson.title}"` };
}

export default async function HomePage({ searchParams }: Props) {
  // Rendered per request so each response carries the CSP nonce set in proxy.ts.
  await connection();
  // "Open in editor" on a shared report links here with ?fork=<id>; a lesson's exercise with ?lesson=<id>.
  const { fork, lesson, version } = await searchParams;
  const initial = typeof fork === "string" ? await forkedWorkspace(fork) : typeof lesson === "string" ? lessonWorkspace(lesson, version) : undefined;
  return (
    <main className="mx-auto max-w-screen-2xl px-4 pb-4">
      <h1 className="sr-only">Shipshape: review Dockerfiles, Compose files and .dockerignore</h1>
      <ReviewWorkbench ruleHelp={ruleHelp()} initialWorkspace={initial} />
    </main>
  );
}
