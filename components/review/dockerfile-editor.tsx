"use client";

import { useEffect, useEffectEvent, useImperativeHandle, useRef, useState, type Ref } from "react";
import type { Finding, Fix, Range, Severity } from "@/lib/analysis";
import type { Monaco } from "@/lib/client/monaco";

/** Marker owner and `source`: code actions receive markers without their owner, so `source` identifies ours. */
const MARKER_SOURCE = "shipshape";
const MODEL_PATH = "inmemory://shipshape/Dockerfile";

export interface CursorState {
  line: number;
  column: number;
  selection: Range;
  selectedCharacters: number;
}

export interface DockerfileEditorHandle {
  /** Selects the range, scrolls it into the middle of the editor and moves the focus there. */
  select(range: Range): void;
}

interface Props {
  initialValue: string;
  findings: Finding[];
  analyzedContent: string | null;
  onChange(content: string): void;
  onCursorChange(cursor: CursorState): void;
  ref?: Ref<DockerfileEditorHandle>;
}

type Editor = ReturnType<Monaco["editor"]["create"]>;
type Model = ReturnType<Monaco["editor"]["createModel"]>;

/** The fixes that match the current text: keyed by `rule@line:column` of their marker. */
interface FixIndex {
  versionId: number;
  byMarker: Map<string, Fix[]>;
}

function markerKey(rule: string, line: number, column: number): string {
  return `${rule}@${line}:${column}`;
}

function toMonacoRange({ start, end }: Range) {
  return { startLineNumber: start.line, startColumn: start.column, endLineNumber: end.line, endColumn: end.column };
}

function markerSeverity(monaco: Monaco, severity: Severity) {
  const { MarkerSeverity } = monaco;
  return { error: MarkerSeverity.Error, warning: MarkerSeverity.Warning, info: MarkerSeverity.Info, style: MarkerSeverity.Hint }[severity];
}

function prefersDark(): boolean {
  return window.matchMedia("(prefers-color-scheme: dark)").matches;
}

/** Monaco, loaded in the browser only, with the findings as markers and their fixes as quick fixes. */
export function DockerfileEditor({ initialValue, findings, analyzedContent, onChange, onCursorChange, ref }: Props) {
  const container = useRef<HTMLDivElement>(null);
  const [loaded, setLoaded] = useState<{ monaco: Monaco; editor: Editor; model: Model } | null>(null);
  const [loadFailed, setLoadFailed] = useState(false);
  const fixes = useRef<FixIndex>({ versionId: -1, byMarker: new Map() });

  const emitChange = useEffectEvent(onChange);
  const emitCursor = useEffectEvent(onCursorChange);

  useEffect(() => {
    // Set by cleanup; React's Strict Mode unmounts once before the import resolves.
    let disposed = false;
    const disposables: Array<{ dispose(): void }> = [];

    import("@/lib/client/monaco")
      .then(({ monaco }) => {
        if (disposed || !container.current) return;
        const model = monaco.editor.createModel(initialValue, "dockerfile", monaco.Uri.parse(MODEL_PATH));
        const editor = monaco.editor.create(container.current, {
          model,
          theme: prefersDark() ? "vs-dark" : "vs",
          ariaLabel: "Dockerfile editor",
          automaticLayout: true,
          minimap: { enabled: false },
          scrollBeyondLastLine: false,
          fontSize: 14,
          lightbulb: { enabled: monaco.editor.ShowLightbulbIconMode.OnCode },
          // Hovers and the quick-fix menu may extend past the editor's box.
          fixedOverflowWidgets: true,
        });
        disposables.push(model, editor);

        const reportCursor = (selection: NonNullable<ReturnType<Editor["getSelection"]>>) =>
          emitCursor({
            line: selection.positionLineNumber,
            column: selection.positionColumn,
            selection: {
              start: { line: selection.startLineNumber, column: selection.startColumn },
              end: { line: selection.endLineNumber, column: selection.endColumn },
            },
            selectedCharacters: model.getValueLengthInRange(selection),
          });
        const initialSelection = editor.getSelection();
        if (initialSelection) reportCursor(initialSelection);

        const darkScheme = window.matchMedia("(prefers-color-scheme: dark)");
        const followScheme = () => monaco.editor.setTheme(darkScheme.matches ? "vs-dark" : "vs");
        darkScheme.addEventListener("change", followScheme);
        disposables.push({ dispose: () => darkScheme.removeEventListener("change", followScheme) });

        disposables.push(
          editor.onDidChangeModelContent(() => emitChange(model.getValue())),
          editor.onDidChangeCursorSelection(({ selection }) => reportCursor(selection)),
          monaco.languages.registerCodeActionProvider(
            "dockerfile",
            {
              provideCodeActions(target, _range, context) {
                const index = fixes.current;
                if (target !== model || target.getVersionId() !== index.versionId) return { actions: [], dispose() {} };
                const actions = context.markers
                  .filter((marker) => marker.source === MARKER_SOURCE && typeof marker.code === "string")
                  .flatMap((marker) =>
                    (index.byMarker.get(markerKey(marker.code as string, marker.startLineNumber, marker.startColumn)) ?? []).map((fix) => ({
                      title: fix.applicability === "unsafe" ? `${fix.title} (changes behaviour)` : fix.title,
                      kind: "quickfix",
                      diagnostics: [marker],
                      isPreferred: fix.applicability === "safe",
                      edit: {
                        edits: fix.edits.map((edit) => ({
                          resource: model.uri,
                          // Monaco refuses the edit if the text changed since the fix was computed.
                          versionId: index.versionId,
                          textEdit: { range: toMonacoRange(edit.range), text: edit.text },
                        })),
                      },
                    })),
                  );
                return { actions, dispose() {} };
              },
            },
            { providedCodeActionKinds: ["quickfix"] },
          ),
        );
        setLoaded({ monaco, editor, model });
      })
      .catch(() => {
        if (!disposed) setLoadFailed(true);
      });

    return () => {
      disposed = true;
      for (const disposable of disposables.reverse()) disposable.dispose();
      setLoaded(null);
    };
    // The editor is created once; later values of initialValue are ignored on purpose.
  }, []);

  // setModelMarkers replaces every marker of the owner, so the whole list is applied each time.
  useEffect(() => {
    if (!loaded) return;
    const { monaco, model } = loaded;
    monaco.editor.setModelMarkers(
      model,
      MARKER_SOURCE,
      findings.map((finding) => ({
        ...toMonacoRange(finding.range),
        severity: markerSeverity(monaco, finding.severity),
        message: finding.message,
        source: MARKER_SOURCE,
        code: finding.rule,
      })),
    );
    const byMarker = new Map<string, Fix[]>();
    for (const finding of findings) {
      const applicable = finding.fixes.filter((fix) => fix.applicability !== "display-only");
      if (applicable.length) byMarker.set(markerKey(finding.rule, finding.range.start.line, finding.range.start.column), applicable);
    }
    // Fixes are offered only for the text they were computed from.
    fixes.current = { versionId: model.getValue() === analyzedContent ? model.getVersionId() : -1, byMarker };
  }, [loaded, findings, analyzedContent]);

  useImperativeHandle(
    ref,
    () => ({
      select(range) {
        if (!loaded) return;
        const target = toMonacoRange(range);
        loaded.editor.setSelection(target);
        loaded.editor.revealRangeInCenter(target);
        loaded.editor.focus();
      },
    }),
    [loaded],
  );

  return (
    <div className="relative h-full overflow-hidden">
      <div ref={container} className="absolute inset-0" />
      {!loaded && <EditorPlaceholder failed={loadFailed} />}
    </div>
  );
}

/** Holds the editor's place (same box, so nothing moves) while Monaco's ~1 MB loads. */
function EditorPlaceholder({ failed }: { failed: boolean }) {
  if (failed) {
    return (
      <p role="alert" className="absolute inset-0 grid place-items-center p-6 text-center text-sm text-severity-error">
        The editor could not be loaded. Reload the page to try again.
      </p>
    );
  }
  const lineWidths = ["w-2/5", "w-3/5", "w-0", "w-1/4", "w-4/5", "w-0", "w-3/5", "w-2/5", "w-1/4"];
  return (
    <div role="status" aria-live="polite" className="absolute inset-0 space-y-3 p-4 pl-14 motion-safe:animate-pulse">
      <span className="sr-only">Loading the editor…</span>
      {lineWidths.map((width, line) => (
        <div key={line} className={`h-3 rounded bg-line/60 ${width}`} />
      ))}
    </div>
  );
}
