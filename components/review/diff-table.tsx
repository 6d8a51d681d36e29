import { diffLines, withContext, type DiffLine } from "@/lib/analysis/diff";

const ROW_STYLE: Record<DiffLine["kind"], string> = {
  same: "",
  removed: "bg-severity-error/15",
  added: "bg-grade-good/15",
};

const ROW_SIGN: Record<DiffLine["kind"], string> = { same: " ", removed: "−", added: "+" };
const ROW_LABEL: Record<DiffLine["kind"], string> = { same: "unchanged", removed: "removed", added: "added" };

/**
 * A line diff of two texts, with three lines of context around each change (the fix-all dialog, the lessons). It
 * scrolls sideways when it must: focusable, so the keyboard can scroll it too, and named by `label`.
 */
export function DiffTable({ before, after, label, testId }: { before: string; after: string; label: string; testId?: string }) {
  const rows = withContext(diffLines(before, after), 3);
  return (
    <div role="region" aria-label={label} tabIndex={0} className="overflow-x-auto">
      <table className="w-full border-collapse font-mono text-xs" data-testid={testId}>
        <caption className="sr-only">Changes: removed lines are marked minus, added lines plus.</caption>
        <thead className="sr-only">
          <tr>
            <th scope="col">Line before</th>
            <th scope="col">Line after</th>
            <th scope="col">Change</th>
            <th scope="col">Text</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) =>
            row === null ? (
              <tr key={index}>
                <td colSpan={4} className="py-1 text-center text-ink-muted">
                  ⋯
                </td>
              </tr>
            ) : (
              <tr key={index} className={ROW_STYLE[row.kind]} data-diff={row.kind}>
                <td className="w-10 select-none pr-2 text-right text-ink-muted">{"before" in row ? row.before : ""}</td>
                <td className="w-10 select-none pr-2 text-right text-ink-muted">{"after" in row ? row.after : ""}</td>
                <td className="w-4 select-none" aria-label={ROW_LABEL[row.kind]}>
                  {ROW_SIGN[row.kind]}
                </td>
                <td className="whitespace-pre-wrap break-all">{row.text || " "}</td>
              </tr>
            ),
          )}
        </tbody>
      </table>
    </div>
  );
}
