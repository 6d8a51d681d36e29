"use client";

import { useId, useState } from "react";
import { formatBuildArgLines, parseBuildArgLines, type BuildArgs } from "@/lib/analysis/build-args";
import { MessageText } from "./message-text";
import { ModalDialog } from "./modal-dialog";

interface Props {
  open: boolean;
  args: BuildArgs;
  onApply(args: BuildArgs): void;
  onCancel(): void;
}

/**
 * Edits the `--build-arg` values every review runs with, one NAME=value a line. The text starts from `args` when the
 * dialog mounts: give it a new key each time it opens.
 */
export function BuildArgsDialog({ open, args, onApply, onCancel }: Props) {
  const [text, setText] = useState(() => formatBuildArgLines(args));
  const { args: parsed, problems, warnings } = parseBuildArgLines(text);
  const fieldId = useId();
  const helpId = useId();
  const problemsId = useId();
  const warningsId = useId();
  const describedBy = [helpId, problems.length > 0 && problemsId, warnings.length > 0 && warningsId].filter(Boolean).join(" ");
  return (
    <ModalDialog
      open={open}
      title="Build arguments"
      onClose={onCancel}
      actions={
        <>
          <button type="button" onClick={onCancel} className="rounded border border-line px-3 py-1.5 text-sm">
            Cancel
          </button>
          <button
            type="button"
            onClick={() => onApply(parsed)}
            disabled={problems.length > 0}
            className="rounded bg-accent px-3 py-1.5 text-sm font-semibold text-surface disabled:opacity-50"
          >
            Apply
          </button>
        </>
      }
    >
      <label htmlFor={fieldId} className="mb-1 block text-sm font-semibold">
        One <code>NAME=value</code> per line
      </label>
      <p id={helpId} className="mb-2 text-sm text-ink-muted">
        As <code>docker build --build-arg</code> takes them: they replace the ARG defaults wherever the review resolves
        variables (the base image, versions, the <code>if</code> branches the size estimate follows). Lines starting
        with # are skipped. A shared report keeps them, with secret-looking values redacted.
      </p>
      <textarea
        id={fieldId}
        value={text}
        onChange={(event) => setText(event.target.value)}
        rows={8}
        spellCheck={false}
        placeholder={"NODE_VERSION=22\nAPP_ENV=production"}
        aria-describedby={describedBy}
        aria-invalid={problems.length > 0}
        className="w-full rounded border border-line bg-surface p-2 font-mono text-sm"
      />
      {problems.length > 0 && (
        <div id={problemsId} role="alert">
          <Notes notes={problems} className="text-severity-error" />
        </div>
      )}
      {warnings.length > 0 && <Notes id={warningsId} notes={warnings} className="text-severity-warning" testId="build-arg-warnings" />}
    </ModalDialog>
  );
}

/** The dialog's problems or warnings about the lines, each with its inline code shown as code. */
function Notes({ notes, className, id, testId }: { notes: string[]; className: string; id?: string; testId?: string }) {
  return (
    <ul id={id} className={`mt-2 list-disc pl-5 text-sm ${className}`} data-testid={testId}>
      {notes.map((note) => (
        <li key={note}>
          <MessageText text={note} />
        </li>
      ))}
    </ul>
  );
}
