"use client";

import type { FixAllPlan } from "@/lib/client/fix-all";
import { diffLines, withContext, type DiffLine } from "@/lib/client/line-diff";
import { ModalDialog } from "./modal-dialog";

interface Props {
  path: string;
  plan: FixAllPlan | null;
  onApply(): void;
  onCancel(): void;
}

const ROW_STYLE: Record<DiffLine["kind"], string> = {
  same: "",
  removed: "bg-severity-error/15",
  added: "bg-grade-good/15",
};

const ROW_SIGN: Record<DiffLine["kind"], string> = { same: " ", removed: "−", added: "+" };
const ROW_LABEL: Record<DiffLine["kind"], string> = { same: "unchanged", removed: "removed", added: "added" };

/** "Fix all safe problems": the before/after diff of every safe fix, applied only when confirmed. */
export function FixAllDialog({ path, plan, onApply, onCancel }: Props) {
  const count = plan?.fixes.length ?? 0;
  return (
    <ModalDialog
      open={plan !== null}
      title={`Fix all safe problems in ${path}`}
      onClose={onCancel}
      wide
      actions={
        <>
          <button type="button" onClick={onCancel} className="rounded border border-line px-3 py-1.5 text-sm">
            Cancel
          </button>
          <button type="button" onClick={onApply} disabled={count === 0} className="rounded bg-accent px-3 py-1.5 text-sm font-semibold text-surface disabled:opacity-50">
            Apply {count} {count === 1 ? "fix" : "fixes"}
          </button>
        </>
      }
    >
      {plan && (
        <>
          <p className="mb-2 text-sm">
            {count === 0
              ? "There is no safe fix to apply."
              : `${count} safe ${count === 1 ? "fix changes" : "fixes change"} the file as shown. Safe fixes keep the behaviour; you can undo them afterwards.`}
            {plan.deferred > 0 && ` ${plan.deferred} more touch the same text and can be applied in a second run.`}
          </p>
          <ul className="mb-3 list-disc pl-5 text-sm">
            {plan.fixes.map((fix, index) => (
              <li key={index}>{fix.title}</li>
            ))}
          </ul>
          <DiffTable before={plan.before} after={plan.after} />
        </>
      )}
    </ModalDialog>
  );
}

function DiffTable({ before, after }: { before: string; after: string }) {
  const rows = withContext(diffLines(before, after), 3);
  return (
    <table className="w-full border-collapse font-mono text-xs" data-testid="fix-all-diff">
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
  );
}
