"use client";

import { useEffect, useEffectEvent, useImperativeHandle, useLayoutEffect, useRef, useState, type Ref } from "react";
import type { FileKind, Finding, Fix, Range, Severity, TextEdit } from "@/lib/analysis";
import type { Monaco } from "@/lib/client/monaco";
import { plainText } from "@/lib/client/format";
import { ignoreCommentEdit, REASON_PLACEHOLDER } from "@/lib/client/suppress";
import { fileKind, languageOf, type WorkspaceFile } from "@/lib/client/workspace";
import { ruleDocsPath, type RuleHelp } from "./rule-help";
import type { editor as MonacoEditor, IDisposable, languages } from "monaco-editor/editor";

/** Marker owner and `source`: code actions receive markers without their owner, so `source` identifies ours. */
const MARKER_SOURCE = "shipshape";
const IGNORE_COMMAND = "shipshape.ignoreHere";
const FIX_ALL_COMMAND = "shipshape.fixAllSafe";

export interface CursorState {
  line: number;
  column: number;
  selection: Range;
  selectedCharacters: number;
}

export interface CodeEditorHandle {
  /** Opens the file, selects the range and scrolls it into view; moves the focus there unless `focus` is false. */
  select(fileId: string, range: Range, focus?: boolean): void;
  /** Applies edits as one undoable step (Ctrl+Z reverts it). False when the file is gone. */
  applyEdits(fileId: string, edits: readonly TextEdit[]): boolean;
  /** Undoes the last step of the file, as Ctrl+Z in it would. */
  undo(fileId: string): void;
  /** Puts the focus in the file's text; a file just added gets it once its model exists. */
  focus(fileId: string): void;
}

/** The review of one file as the editor needs it. */
export interface FileMarkers {
  findings: Finding[];
  /** The text the findings were computed from; fixes are offered only while the model still holds it. */
  analyzedContent: string | null;
}

interface Props {
  files: WorkspaceFile[];
  activeId: string | null;
  markers: Record<string, FileMarkers | undefined>;
  severities: readonly Severity[];
  ruleHelp: RuleHelp;
  dark: boolean;
  onChange(fileId: string, content: string): void;
  onCursorChange(cursor: CursorState): void;
  onFixAll(fileId: string): void;
  ref?: Ref<CodeEditorHandle>;
}

type Model = MonacoEditor.ITextModel;

/** Per model: the fixes that match its current text, keyed by their marker (`markerKey`). */
interface FixIndex {
  fileId: string;
  kind: FileKind;
  versionId: number;
  byMarker: Map<string, { finding: Finding; fixes: Fix[] }>;
  hasSafeFix: boolean;
}

/**
 * A marker's rule, start and message: several findings may share a rule and a place (one YAML error after another at
 * the same token), and each keeps its own fixes. Not the end: Monaco widens an empty marker range to the word there.
 */
function markerKey(rule: string, line: number, column: number, message: string): string {
  return `${rule}@${line}:${column} ${message}`;
}

function markerRule(marker: MonacoEditor.IMarkerData): string | undefined {
  return typeof marker.code === "string" ? marker.code : marker.code?.value;
}

/**
 * Unique by the file's id; ends with its name because Monaco titles the problem peek (F8) with the URI's last segment.
 * Set when the model is created: a rename keeps the model, and with it the file's undo history.
 */
function modelUri(monaco: Monaco, file: WorkspaceFile) {
  return monaco.Uri.from({ scheme: "inmemory", authority: "shipshape", path: `/${file.id}/${file.path}` });
}

function toMonacoRange({ start, end }: Range) {
  return { startLineNumber: start.line, startColumn: start.column, endLineNumber: end.line, endColumn: end.column };
}

function markerSeverity(monaco: Monaco, severity: Severity) {
  const { MarkerSeverity } = monaco;
  return { error: MarkerSeverity.Error, warning: MarkerSeverity.Warning, info: MarkerSeverity.Info, style: MarkerSeverity.Hint }[severity];
}

function applicableFixes(finding: Finding): Fix[] {
  return finding.fixes.filter((fix) => fix.applicability !== "display-only");
}

/**
 * One Monaco editor for the whole workspace, with one model per file so each keeps its own undo history and
 * scroll position. Findings become markers; fixes, "ignore here" and "fix all" become code actions.
 */
export function CodeEditor({ files, activeId, markers, severities, ruleHelp, dark, onChange, onCursorChange, onFixAll, ref }: Props) {
  const container = useRef<HTMLDivElement>(null);
  const [loaded, setLoaded] = useState<{ monaco: Monaco; editor: MonacoEditor.IStandaloneCodeEditor; darkTheme: string } | null>(null);
  const [loadFailed, setLoadFailed] = useState(false);
  const models = useRef(new Map<string, Model>());
  const viewStates = useRef(new Map<string, MonacoEditor.ICodeEditorViewState | null>());
  const fixIndex = useRef(new Map<Model, FixIndex>());
  // A file asked to be focused before its model was created (a new tab).
  const pendingFocus = useRef<string | null>(null);
  const help = useRef(ruleHelp);
  help.current = ruleHelp;

  const emitChange = useEffectEvent(onChange);
  const emitCursor = useEffectEvent(onCursorChange);
  const emitFixAll = useEffectEvent(onFixAll);

  useEffect(() => {
    // Set by cleanup; React's Strict Mode unmounts once before the import resolves.
    let disposed = false;
    const disposables: IDisposable[] = [];

    import("@/lib/client/monaco")
      .then(({ monaco, DARK_THEME }) => {
        if (disposed || !container.current) return;
        const editor = monaco.editor.create(container.current, {
          model: null,
          ariaLabel: "File editor",
          automaticLayout: true,
          minimap: { enabled: false },
          scrollBeyondLastLine: false,
          fontSize: 14,
          // Monaco dims the number of the line after a final newline below readable contrast (1.8:1, axe).
          renderFinalNewline: "on",
          lightbulb: { enabled: monaco.editor.ShowLightbulbIconMode.OnCode },
          // Hovers and the quick-fix menu may extend past the editor's box.
          fixedOverflowWidgets: true,
        });
        disposables.push(editor);

        const reportCursor = (selection: NonNullable<ReturnType<typeof editor.getSelection>>) => {
          const model = editor.getModel();
          if (!model) return;
          emitCursor({
            line: selection.positionLineNumber,
            column: selection.positionColumn,
            selection: {
              start: { line: selection.startLineNumber, column: selection.startColumn },
              end: { line: selection.endLineNumber, column: selection.endColumn },
            },
            selectedCharacters: model.getValueLengthInRange(selection),
          });
        };

        const idOf = (model: Model) => [...models.current].find(([, candidate]) => candidate === model)?.[0];

        disposables.push(
          editor.onDidChangeModelContent(() => {
            const model = editor.getModel();
            const id = model && idOf(model);
            if (!model || !id) return;
            // Read by the benchmark: the version the text is at, next to the version the markers are for.
            container.current?.setAttribute("data-model-version", `${id}:${model.getVersionId()}`);
            emitChange(id, model.getValue());
          }),
          editor.onDidChangeCursorSelection(({ selection }) => reportCursor(selection)),
          editor.onDidChangeModel(() => {
            const selection = editor.getSelection();
            if (selection) reportCursor(selection);
          }),
          monaco.editor.registerCommand(IGNORE_COMMAND, (_accessor, model: Model, finding: Finding) => {
            const index = fixIndex.current.get(model);
            const edit = index && ignoreCommentEdit(index.kind, model.getValue(), finding);
            if (!edit) return;
            model.pushStackElement();
            model.pushEditOperations([], [{ range: toMonacoRange(edit.range), text: edit.text }], () => null);
            model.pushStackElement();
            // Select the placeholder so typing replaces it with the actual reason.
            const line = edit.range.start.line;
            const column = edit.text.lastIndexOf(REASON_PLACEHOLDER) + 1;
            if (column > 0) editor.setSelection({ startLineNumber: line, startColumn: column, endLineNumber: line, endColumn: column + REASON_PLACEHOLDER.length });
            editor.focus();
          }),
          monaco.editor.registerCommand(FIX_ALL_COMMAND, (_accessor, fileId: string) => emitFixAll(fileId)),
          monaco.languages.registerCodeActionProvider(
            ["dockerfile", "yaml", "plaintext"],
            {
              provideCodeActions(model, _range, context) {
                const index = fixIndex.current.get(model);
                const none = { actions: [], dispose() {} };
                if (!index) return none;
                const current = model.getVersionId() === index.versionId;
                const actions: languages.CodeAction[] = [];
                for (const marker of context.markers) {
                  const rule = markerRule(marker);
                  if (marker.source !== MARKER_SOURCE || !rule) continue;
                  const entry = index.byMarker.get(markerKey(rule, marker.startLineNumber, marker.startColumn, marker.message));
                  if (!entry) continue;
                  // Fixes are offered only for the text they were computed from.
                  if (current) actions.push(...entry.fixes.map((fix) => fixAction(model, index.versionId, marker, fix)));
                  if (ignoreCommentEdit(index.kind, "", entry.finding)) {
                    actions.push({
                      title: `Ignore ${rule} here`,
                      kind: "quickfix",
                      diagnostics: [marker],
                      command: { id: IGNORE_COMMAND, title: `Ignore ${rule} here`, arguments: [model, entry.finding] },
                    });
                  }
                }
                if (actions.length && current && index.hasSafeFix) {
                  actions.push({
                    title: "Fix all safe problems in this file",
                    kind: "quickfix",
                    command: { id: FIX_ALL_COMMAND, title: "Fix all safe problems in this file", arguments: [index.fileId] },
                  });
                }
                return { actions, dispose() {} };
              },
            },
            { providedCodeActionKinds: ["quickfix"] },
          ),
          monaco.languages.registerHoverProvider(["dockerfile", "yaml", "plaintext"], {
            // Adds the rule's "why" and its docs link under Monaco's own hover of the marker message.
            provideHover(model, position) {
              const here = monaco.editor
                .getModelMarkers({ resource: model.uri, owner: MARKER_SOURCE })
                .filter((marker) => new monaco.Range(marker.startLineNumber, marker.startColumn, marker.endLineNumber, marker.endColumn).containsPosition(position));
              const rules = [...new Set(here.map(markerRule).filter((rule): rule is string => Boolean(rule)))];
              if (!rules.length) return null;
              return {
                contents: rules.map((rule) => ({
                  value: `**Why it matters** (\`${rule}\`): ${help.current[rule]?.whyItMatters ?? "See the rule's page."}\n\n[Read the ${rule} docs](${location.origin}${ruleDocsPath(rule)})`,
                })),
              };
            },
          }),
        );
        setLoaded({ monaco, editor, darkTheme: DARK_THEME });
      })
      .catch(() => {
        if (!disposed) setLoadFailed(true);
      });

    const ownModels = models.current;
    return () => {
      disposed = true;
      for (const disposable of disposables.reverse()) disposable.dispose();
      for (const model of ownModels.values()) model.dispose();
      ownModels.clear();
      setLoaded(null);
    };
  }, []);

  // One model per file: created when a tab opens, disposed when it closes, language following the name.
  useEffect(() => {
    if (!loaded) return;
    const { monaco, editor } = loaded;
    const live = new Set(files.map((file) => file.id));
    for (const [id, model] of models.current) {
      if (live.has(id)) continue;
      if (editor.getModel() === model) editor.setModel(null);
      model.dispose();
      models.current.delete(id);
      viewStates.current.delete(id);
      fixIndex.current.delete(model);
    }
    for (const file of files) {
      const language = languageOf(fileKind(file), file.path);
      const model = models.current.get(file.id);
      if (!model) models.current.set(file.id, monaco.editor.createModel(file.content, language, modelUri(monaco, file)));
      else if (model.getLanguageId() !== language) monaco.editor.setModelLanguage(model, language);
    }
    const active = activeId ? models.current.get(activeId) : undefined;
    showModel(editor, active ?? null);
    if (active && pendingFocus.current === activeId) {
      pendingFocus.current = null;
      editor.focus();
    }
  }, [loaded, files, activeId]);

  function showModel(editor: MonacoEditor.IStandaloneCodeEditor, model: Model | null) {
    const current = editor.getModel();
    if (current === model) return;
    const currentId = current && [...models.current].find(([, candidate]) => candidate === current)?.[0];
    if (currentId) viewStates.current.set(currentId, editor.saveViewState());
    editor.setModel(model);
    const nextId = model && [...models.current].find(([, candidate]) => candidate === model)?.[0];
    const state = nextId && viewStates.current.get(nextId);
    if (state) editor.restoreViewState(state);
  }

  // setModelMarkers replaces every marker of the owner, so each file's whole list is applied each time.
  // A layout effect, so new markers are painted in the same frame as the answer that brought them.
  const applied = useRef(new Map<Model, { review: FileMarkers; severities: readonly Severity[] }>());
  useLayoutEffect(() => {
    if (!loaded) return;
    const { monaco } = loaded;
    for (const file of files) {
      const model = models.current.get(file.id);
      const review = markers[file.id];
      if (!model || !review) continue;
      const last = applied.current.get(model);
      if (last && last.review === review && last.severities === severities) continue;
      applied.current.set(model, { review, severities });
      const shown = review.findings.filter((finding) => severities.includes(finding.severity));
      monaco.editor.setModelMarkers(
        model,
        MARKER_SOURCE,
        shown.map((finding) => ({
          ...toMonacoRange(finding.range),
          severity: markerSeverity(monaco, finding.severity),
          message: plainText(finding.message),
          source: MARKER_SOURCE,
          code: { value: finding.rule, target: monaco.Uri.parse(`${location.origin}${ruleDocsPath(finding.rule)}`) },
        })),
      );
      const byMarker = new Map<string, { finding: Finding; fixes: Fix[] }>();
      for (const finding of shown) {
        byMarker.set(markerKey(finding.rule, finding.range.start.line, finding.range.start.column, plainText(finding.message)), { finding, fixes: applicableFixes(finding) });
      }
      const upToDate = model.getValue() === review.analyzedContent;
      fixIndex.current.set(model, {
        fileId: file.id,
        kind: fileKind(file),
        versionId: upToDate ? model.getVersionId() : -1,
        byMarker,
        hasSafeFix: review.findings.some((finding) => finding.fixes.some((fix) => fix.applicability === "safe")),
      });
      if (upToDate) container.current?.setAttribute("data-markers-version", `${file.id}:${model.getVersionId()}`);
    }
  }, [loaded, files, markers, severities]);

  useEffect(() => {
    if (loaded) loaded.monaco.editor.setTheme(dark ? loaded.darkTheme : "vs");
  }, [loaded, dark]);

  useImperativeHandle(
    ref,
    () => ({
      select(fileId, range, focus = true) {
        const model = models.current.get(fileId);
        if (!loaded || !model) return;
        showModel(loaded.editor, model);
        const target = toMonacoRange(range);
        loaded.editor.setSelection(target);
        loaded.editor.revealRangeInCenter(target);
        if (focus) loaded.editor.focus();
      },
      applyEdits(fileId, edits) {
        const model = models.current.get(fileId);
        if (!model) return false;
        model.pushStackElement();
        model.pushEditOperations([], edits.map((edit) => ({ range: toMonacoRange(edit.range), text: edit.text })), () => null);
        model.pushStackElement();
        return true;
      },
      undo(fileId) {
        const model = models.current.get(fileId);
        if (!loaded || !model) return;
        showModel(loaded.editor, model);
        loaded.editor.focus();
        loaded.editor.trigger("shipshape", "undo", null);
      },
      focus(fileId) {
        const model = models.current.get(fileId);
        if (!loaded || !model) {
          pendingFocus.current = fileId;
          return;
        }
        showModel(loaded.editor, model);
        loaded.editor.focus();
      },
    }),
    [loaded],
  );

  return (
    <div className="relative h-full overflow-hidden">
      <div ref={container} data-testid="code-editor" className="absolute inset-0" />
      {!loaded && <EditorPlaceholder failed={loadFailed} />}
      {loaded && activeId === null && (
        <p className="absolute inset-0 grid place-items-center bg-surface p-6 text-center text-sm text-ink-muted">
          No file is open. Add one, drop files here, or load an example.
        </p>
      )}
    </div>
  );
}

function fixAction(model: Model, versionId: number, marker: MonacoEditor.IMarkerData, fix: Fix): languages.CodeAction {
  return {
    title: fix.applicability === "unsafe" ? `${plainText(fix.title)} (changes behaviour)` : plainText(fix.title),
    kind: "quickfix",
    diagnostics: [marker],
    isPreferred: fix.applicability === "safe",
    edit: {
      edits: fix.edits.map((edit) => ({
        resource: model.uri,
        // Monaco refuses the edit if the text changed since the fix was computed.
        versionId,
        textEdit: { range: toMonacoRange(edit.range), text: edit.text },
      })),
    },
  };
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
