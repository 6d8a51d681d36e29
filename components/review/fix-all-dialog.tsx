"use client";

import type { FixPlan } from "@/lib/analysis/fixes";
import { DiffTable } from "./diff-table";
import { MessageText } from "./message-text";
import { ModalDialog } from "./modal-dialog";

interface Props {
  path: string;
  plan: FixPlan | null;
  onApply(): void;
  onCancel(): void;
}

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
              <li key={index}>
                <MessageText text={fix.title} />
              </li>
            ))}
          </ul>
          <DiffTable before={plan.before} after={plan.after} label="What the fixes change" testId="fix-all-diff" />
        </>
      )}
    </ModalDialog>
  );
}
