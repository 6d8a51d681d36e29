import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { PageSection } from "@/components/page-section";
import { MessageText } from "@/components/review/message-text";
import { findRule, RULES } from "@/lib/analysis";
import { LESSONS } from "@/lib/lessons";
import { defaultSeverity } from "../severity";

interface Props {
  params: Promise<{ id: string }>;
}

export function generateStaticParams() {
  return RULES.map((rule) => ({ id: rule.meta.id }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  // Next hands the segment over decoded: decoding it again failed on a lone % (/rules/%25) with a server error.
  const rule = findRule((await params).id);
  return { title: rule ? `${rule.meta.id} — Shipshape rules` : "Rule not found — Shipshape" };
}

/** One rule's documentation, in the template every rule follows. */
export default async function RulePage({ params }: Props) {
  // Rendered per request so each response carries the CSP nonce set in proxy.ts.
  await connection();
  const rule = findRule((await params).id);
  if (!rule) notFound();
  const { meta } = rule;
  const { docs } = meta;
  const lessons = LESSONS.filter((lesson) => lesson.rules.includes(meta.id));
  return (
    <main className="mx-auto max-w-3xl px-4 pb-12">
      <p className="mt-4 text-sm">
        <Link href="/rules" className="text-accent underline">
          All rules
        </Link>
      </p>
      <h1 className="mt-2 font-mono text-2xl font-bold">{meta.id}</h1>
      <p className="mt-1 text-lg">
        <MessageText text={docs.summary} />
      </p>
      <dl className="mt-4 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="text-ink-muted">Default severity</dt>
        <dd>{defaultSeverity(rule)}</dd>
        <dt className="text-ink-muted">Category</dt>
        <dd>{meta.category}</dd>
        <dt className="text-ink-muted">Applies to</dt>
        <dd>{meta.fileKind}</dd>
        <dt className="text-ink-muted">Aliases</dt>
        <dd className="font-mono">{meta.aliases.length ? meta.aliases.join(", ") : "none"}</dd>
      </dl>
      <PageSection title="What it does">
        <MessageText text={docs.whatItDoes} />
      </PageSection>
      <PageSection title="Why it matters">
        <MessageText text={docs.whyItMatters} />
      </PageSection>
      <PageSection title="Example">
        <Code text={docs.example} label="Example" />
      </PageSection>
      <PageSection title="Use instead">
        <Code text={docs.useInstead} label="Use instead" />
      </PageSection>
      <PageSection title="Fix safety">
        <MessageText text={docs.fixSafety} />
      </PageSection>
      <PageSection title="When not to use it">
        <MessageText text={docs.whenNotToUse} />
      </PageSection>
      {lessons.length > 0 && (
        <PageSection title="Learn it in a lesson">
          <ul className="list-disc pl-5">
            {lessons.map((lesson) => (
              <li key={lesson.id}>
                <Link href={`/lessons/${lesson.id}`} className="text-accent underline">
                  {lesson.title}
                </Link>
                : <MessageText text={lesson.summary} />
              </li>
            ))}
          </ul>
        </PageSection>
      )}
      <PageSection title="Turning it off here">
        <p>
          Put <code className="rounded bg-line/40 px-1 font-mono">{`# shipshape-ignore ${meta.id} -- reason`}</code> on the line above the
          instruction (or the compose key), <code className="rounded bg-line/40 px-1 font-mono">{`# shipshape-ignore-file ${meta.id} -- reason`}</code> anywhere
          in the file for a finding about the whole file, or set <code className="rounded bg-line/40 px-1 font-mono">{`"${meta.id}": "off"`}</code> under <code className="font-mono">rules</code> in
          the configuration.
        </p>
      </PageSection>
    </main>
  );
}

/** A code sample. A long line scrolls sideways: focusable, so the keyboard can scroll it too. */
function Code({ text, label }: { text: string; label: string }) {
  return (
    <pre role="region" aria-label={label} tabIndex={0} className="overflow-x-auto rounded border border-line bg-surface p-3 font-mono text-sm">
      {text}
    </pre>
  );
}
