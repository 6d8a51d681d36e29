import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { SEVERITIES, RULES, type Category } from "@/lib/analysis";
import { matchesRuleQuery } from "./search";
import { defaultSeverity } from "./severity";

export const metadata: Metadata = { title: "Rules — Shipshape" };

interface Props {
  searchParams: Promise<{ q?: string | string[]; category?: string | string[] }>;
}

function single(value: string | string[] | undefined): string {
  return (Array.isArray(value) ? value[0] : value) ?? "";
}

/** Every rule with its id, aliases, category and severity in a default review; searched with a plain GET form. */
export default async function RulesPage({ searchParams }: Props) {
  // Rendered per request so each response carries the CSP nonce set in proxy.ts.
  await connection();
  const params = await searchParams;
  const query = single(params.q);
  const category = single(params.category);
  const categories = [...new Set(RULES.map((rule) => rule.meta.category))].sort() as Category[];
  const rules = RULES.filter(({ meta }) => {
    if (category && meta.category !== category) return false;
    return matchesRuleQuery(meta, query);
  }).sort((a, b) => a.meta.id.localeCompare(b.meta.id));

  return (
    <main className="mx-auto max-w-5xl px-4 pb-12">
      <h1 className="mt-4 text-2xl font-bold">Rules</h1>
      <p className="mt-1 text-ink-muted">
        Every check Shipshape runs. Aliases are the same check&apos;s names in other tools (hadolint, Docker build checks…), and work in
        configuration and suppression comments.
      </p>
      <form role="search" method="get" className="mt-4 flex flex-wrap items-end gap-3 text-sm">
        <label className="flex flex-col gap-1">
          Search
          <input type="search" name="q" defaultValue={single(params.q)} placeholder="id, alias (DL3007), tool, category, words…" className="w-72 rounded border border-line bg-surface px-2 py-1" />
        </label>
        <label className="flex flex-col gap-1">
          Category
          <select name="category" defaultValue={category} className="rounded border border-line bg-surface px-2 py-1">
            <option value="">All</option>
            {categories.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="rounded bg-accent px-3 py-1 font-semibold text-surface">
          Filter
        </button>
      </form>
      <p className="mt-4 text-sm text-ink-muted" role="status">
        {rules.length} of {RULES.length} rules
      </p>
      {/* Six columns do not fit a phone: the table scrolls on its own (focusable, so the keyboard can scroll it too), the page does not. */}
      <div role="region" aria-label="Rules table" tabIndex={0} className="mt-2 overflow-x-auto">
        <table className="w-full min-w-[44rem] border-collapse text-left text-sm">
          <thead>
            <tr className="border-b border-line">
              <th scope="col" className="py-2 pr-3">Rule</th>
              <th scope="col" className="py-2 pr-3">What it flags</th>
              <th scope="col" className="py-2 pr-3">File</th>
              <th scope="col" className="py-2 pr-3">Category</th>
              <th scope="col" className="py-2 pr-3">Severity</th>
              <th scope="col" className="py-2">Aliases</th>
            </tr>
          </thead>
          <tbody>
            {rules.map((rule) => (
              <tr key={rule.meta.id} className="border-b border-line/60 align-top" data-rule={rule.meta.id}>
                <td className="py-2 pr-3">
                  <Link href={`/rules/${rule.meta.id}`} className="font-mono font-semibold text-accent underline">
                    {rule.meta.id}
                  </Link>
                </td>
                <td className="py-2 pr-3">{rule.meta.docs.summary.replaceAll("`", "")}</td>
                <td className="py-2 pr-3">{rule.meta.fileKind}</td>
                <td className="py-2 pr-3">{rule.meta.category}</td>
                <td className="py-2 pr-3">{defaultSeverity(rule)}</td>
                <td className="py-2 font-mono text-xs">{rule.meta.aliases.join(", ")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="mt-4 text-xs text-ink-muted">Severities, most serious first: {SEVERITIES.join(", ")}.</p>
    </main>
  );
}
