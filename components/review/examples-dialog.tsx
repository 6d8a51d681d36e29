"use client";

import { EXAMPLES, type Example } from "@/lib/examples";
import { ModalDialog } from "./modal-dialog";

interface Props {
  open: boolean;
  onLoad(example: Example): void;
  onClose(): void;
}

/** The Examples menu: each example replaces the workspace's files. */
export function ExamplesDialog({ open, onLoad, onClose }: Props) {
  return (
    <ModalDialog open={open} title="Examples" onClose={onClose} wide>
      <p className="mb-3 text-sm text-ink-muted">Loading an example replaces the files you have open; your settings stay.</p>
      <ul className="grid gap-2 sm:grid-cols-2">
        {EXAMPLES.map((example) => (
          <li key={example.id}>
            <button
              type="button"
              onClick={() => onLoad(example)}
              className="h-full w-full rounded border border-line p-3 text-left hover:bg-line/30"
              data-example={example.id}
            >
              <span className="block font-semibold">{example.title}</span>
              <span className="mt-1 block text-sm text-ink-muted">{example.description}</span>
              <span className="mt-1 block font-mono text-xs text-ink-muted">{example.files.map((file) => file.path).join(" · ")}</span>
            </button>
          </li>
        ))}
      </ul>
    </ModalDialog>
  );
}
