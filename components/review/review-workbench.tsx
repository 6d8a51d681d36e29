"use client";

import { useEffect, useRef, useState } from "react";
import { ExportButtons } from "@/components/share/export-buttons";
import { ShareButton } from "@/components/share/share-dialog";
import { DockerfileEditor, type CursorState, type DockerfileEditorHandle } from "./dockerfile-editor";
import { FindingsPanel } from "./findings-panel";
import { useAnalysis } from "./use-analysis";

/** The editor and its findings side by side; edits are reviewed as they are typed. */
export function ReviewWorkbench({ initialContent }: { initialContent: string }) {
  const analysis = useAnalysis("Dockerfile");
  const editor = useRef<DockerfileEditorHandle>(null);
  const [cursor, setCursor] = useState<CursorState | null>(null);
  // The text as it is now, for sharing; the analysis may still be catching up with it.
  const content = useRef(initialContent);

  // Review the example at once rather than after Monaco loads, so findings show up first.
  const { analyze } = analysis;
  useEffect(() => {
    void analyze(initialContent);
  }, [analyze, initialContent]);

  return (
    <div className="grid gap-4 lg:h-[max(28rem,calc(100dvh-7.5rem))] lg:grid-cols-[minmax(0,1fr)_26rem]">
      <section aria-labelledby="editor-heading" className="flex min-h-0 flex-col rounded-md border border-line bg-surface">
        <header className="flex items-baseline justify-between gap-3 border-b border-line px-4 py-3">
          <h2 id="editor-heading" className="text-base font-semibold">
            Dockerfile
          </h2>
          <div className="flex items-baseline gap-3">
            <CursorStatus cursor={cursor} />
            <ExportButtons getReport={() => ({ files: [{ path: "Dockerfile", kind: "dockerfile", findings: analysis.findings }] })} />
            <ShareButton getFiles={() => [{ path: "Dockerfile", content: content.current }]} />
          </div>
        </header>
        <div className="h-[60dvh] min-h-80 lg:h-auto lg:min-h-0 lg:flex-1">
          <DockerfileEditor
            ref={editor}
            initialValue={initialContent}
            findings={analysis.findings}
            analyzedContent={analysis.analyzedContent}
            onChange={(value) => {
              content.current = value;
              analysis.scheduleAnalysis(value);
            }}
            onCursorChange={setCursor}
          />
        </div>
        <p className="border-t border-line px-4 py-2 text-xs text-ink-muted">
          <kbd className="font-mono">Ctrl</kbd>+<kbd className="font-mono">.</kbd> on a squiggle offers its quick fix.{" "}
          <kbd className="font-mono">Ctrl</kbd>+<kbd className="font-mono">M</kbd> lets <kbd className="font-mono">Tab</kbd> move the
          focus out of the editor.
        </p>
      </section>
      <div className="max-h-[70dvh] min-h-64 lg:max-h-none lg:min-h-0 [&>aside]:h-full">
        <FindingsPanel
          findings={analysis.findings}
          pending={analysis.pending}
          error={analysis.error}
          analyzed={analysis.analyzedContent !== null}
          onSelect={(finding) => editor.current?.select(finding.range)}
        />
      </div>
    </div>
  );
}

/** Where the cursor is, as in an editor's status bar; `data-*` lets tests read it exactly. */
function CursorStatus({ cursor }: { cursor: CursorState | null }) {
  if (!cursor) return null;
  const { start, end } = cursor.selection;
  return (
    <p
      className="font-mono text-xs text-ink-muted"
      data-cursor={`${cursor.line}:${cursor.column}`}
      data-selection={`${start.line}:${start.column}-${end.line}:${end.column}`}
    >
      Ln {cursor.line}, Col {cursor.column}
      {cursor.selectedCharacters > 0 && ` (${cursor.selectedCharacters} selected)`}
    </p>
  );
}
