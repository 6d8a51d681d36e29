"use client";

import { useEffect, useLayoutEffect, useMemo, useReducer, useRef, useState, type DragEvent } from "react";
import type { Finding, Range, TextEdit } from "@/lib/analysis";
import type { FileAnalysis } from "@/lib/client/analysis-state";
import type { AnalyzeRequest } from "@/lib/client/analysis-stream";
import { planFixes, type FixPlan } from "@/lib/analysis/fixes";
import { stageGraph } from "@/lib/client/stage-graph";
import { fileKind, makeWorkspace, newFileId, workspaceReducer, type Workspace, type WorkspaceAction, type WorkspaceFile, type WorkspaceSettings } from "@/lib/client/workspace";
import { loadWorkspace, saveWorkspace } from "@/lib/client/workspace-storage";
import { DEFAULT_EXAMPLE_ID, findExample } from "@/lib/examples";
import { ExportButtons } from "@/components/share/export-buttons";
import { ShareButton } from "@/components/share/share-dialog";
import { useDarkMode } from "@/components/theme/use-dark-mode";
import { CodeEditor, type CodeEditorHandle, type CursorState } from "./code-editor";
import { EditorKeyHints } from "./editor-keys";
import { ExamplesDialog } from "./examples-dialog";
import { FindingsPanel } from "./findings-panel";
import { FixAllDialog } from "./fix-all-dialog";
import type { RuleHelp } from "./rule-help";
import { SettingsBar } from "./settings-bar";
import { SizePanel } from "./size-panel";
import { StageGraph } from "./stage-graph";
import { useAnalysis } from "./use-analysis";
import { focusTab, openFiles, WorkspaceTabs } from "./workspace-tabs";

/** A workspace handed in by the server, e.g. a shared report opened with "Open in editor". */
export interface InitialWorkspace {
  files: Array<{ path: string; content: string }>;
  settings?: Partial<WorkspaceSettings>;
  /** Where the files come from, for the notice that offers the replaced workspace back: "the shared report". */
  origin: string;
}

interface Props {
  ruleHelp: RuleHelp;
  initialWorkspace?: InitialWorkspace;
}

/** How long edits settle before the workspace is written to localStorage. */
const SAVE_DELAY_MS = 300;

// The workspace is null until it is read from localStorage, which exists only in the browser.
function nullableWorkspaceReducer(state: Workspace | null, action: WorkspaceAction): Workspace | null {
  if (action.type === "replace") return action.workspace;
  return state && workspaceReducer(state, action);
}

function sameFiles(a: ReadonlyArray<{ path: string; content: string }>, b: ReadonlyArray<{ path: string; content: string }>): boolean {
  return a.length === b.length && a.every((file, index) => file.path === b[index]!.path && file.content === b[index]!.content);
}

function exampleWorkspace(): Workspace {
  return makeWorkspace(findExample(DEFAULT_EXAMPLE_ID)?.files ?? []);
}

/** The review page: files in tabs, one editor, findings, image size and stages, all reviewed as they are typed. */
export function ReviewWorkbench({ ruleHelp, initialWorkspace }: Props) {
  const [workspace, dispatch] = useReducer(nullableWorkspaceReducer, null);
  const analysis = useAnalysis();
  const editor = useRef<CodeEditorHandle>(null);
  const [cursor, setCursor] = useState<CursorState | null>(null);
  const [examplesOpen, setExamplesOpen] = useState(false);
  const [fixAll, setFixAll] = useState<{ fileId: string; path: string; plan: FixPlan } | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const dark = useDarkMode();

  useEffect(() => {
    if (initialWorkspace) {
      const replaced = loadWorkspace();
      dispatch({ type: "replace", workspace: makeWorkspace(initialWorkspace.files, initialWorkspace.settings) });
      // The person's own files are about to be overwritten in storage: offer them back while the page is open.
      if (replaced && !sameFiles(replaced.files, initialWorkspace.files)) {
        setNotice({ text: `Opened ${initialWorkspace.origin} in place of your files and settings.`, undo: () => dispatch({ type: "replace", workspace: replaced }) });
      }
      // The files handed in (a fork, a lesson) are now this browser's workspace: a reload must not load them (and overwrite edits) again.
      history.replaceState(null, "", location.pathname);
    } else {
      dispatch({ type: "replace", workspace: loadWorkspace() ?? exampleWorkspace() });
    }
  }, [initialWorkspace]);

  useEffect(() => {
    if (!workspace) return;
    const save = () => saveWorkspace(workspace);
    const timer = setTimeout(save, SAVE_DELAY_MS);
    // An edit made just before a reload or a closed tab is saved before the page goes.
    window.addEventListener("pagehide", save);
    return () => {
      clearTimeout(timer);
      window.removeEventListener("pagehide", save);
    };
  }, [workspace]);

  // Every file goes in one request, so cross-file checks see the whole workspace.
  const files = workspace?.files;
  const settings = workspace?.settings;
  const { scheduleAnalysis } = analysis;
  // A layout effect: the request leaves before the browser paints the keystroke, not a frame later.
  useLayoutEffect(() => {
    if (!files?.length || !settings) return;
    const body: AnalyzeRequest = { files: files.map(({ path, content }) => ({ path, content })), profile: settings.profile };
    if (settings.target) body.target = settings.target;
    if (Object.keys(settings.buildArgs).length > 0) body.buildArgs = settings.buildArgs;
    if (settings.assumptions.contextBytes !== null) body.assumptions = { contextBytes: settings.assumptions.contextBytes };
    scheduleAnalysis(body);
    // Severities only filter what is shown; they do not need a new review.
  }, [files, settings?.profile, settings?.target, settings?.buildArgs, settings?.assumptions.contextBytes, scheduleAnalysis]);

  const reviews: Record<string, FileAnalysis | undefined> = {};
  for (const file of files ?? []) reviews[file.id] = analysis.files[file.path];

  const active = files?.find((file) => file.id === workspace?.activeId);
  // The Dockerfile the size and stage views describe: the open one, else the first in the workspace.
  const dockerfile = active && fileKind(active) === "dockerfile" ? active : files?.find((file) => fileKind(file) === "dockerfile");
  const stages = useMemo(() => (dockerfile ? stageGraph(dockerfile.content, settings?.target ?? null) : []), [dockerfile, settings?.target]);

  function select(fileId: string, range: Range, focus = true) {
    dispatch({ type: "activate", id: fileId });
    editor.current?.select(fileId, range, focus);
  }

  function openFixAll(fileId: string) {
    const file = files?.find((candidate) => candidate.id === fileId);
    const review = reviews[fileId];
    if (!file) return;
    if (!review || review.analyzedContent !== file.content) {
      setNotice({ text: `The review of ${file.path} is still catching up with your last edit. Try again in a moment.` });
      return;
    }
    setFixAll({ fileId, path: file.path, plan: planFixes(file.content, review.findings) });
  }

  /** Rewrites the Dockerfile's shipped FROM to an alternative base of the size report; undoable from the notice. */
  function switchBase(file: WorkspaceFile, comparison: { base?: string; caveat?: string; edits: readonly TextEdit[] }) {
    if (reviews[file.id]?.analyzedContent !== file.content) {
      setNotice({ text: `The review of ${file.path} is still catching up with your last edit. Try again in a moment.` });
      return;
    }
    if (editor.current?.applyEdits(file.id, comparison.edits)) {
      setNotice({ text: `${file.path} now builds on ${comparison.base}. ${comparison.caveat ?? ""}`.trim(), undo: () => editor.current?.undo(file.id) });
    }
  }

  function applyFixAll() {
    if (!fixAll) return;
    const applied = editor.current?.applyEdits(fixAll.fileId, fixAll.plan.edits);
    const count = fixAll.plan.fixes.length;
    setFixAll(null);
    const { fileId } = fixAll;
    if (applied) setNotice({ text: `Applied ${count} ${count === 1 ? "fix" : "fixes"} to ${fixAll.path}.`, undo: () => editor.current?.undo(fileId) });
  }

  function addFile(path: string, content: string): string {
    const id = newFileId();
    dispatch({ type: "add", file: { id, path, content } });
    return id;
  }

  /** Closes without asking, as editors do, and offers the file back: its text is gone from everywhere else. */
  function closeFile(id: string) {
    const index = files?.findIndex((file) => file.id === id) ?? -1;
    const file = files?.[index];
    if (!file) return;
    dispatch({ type: "close", id });
    setNotice({
      text: `Closed ${file.path}.`,
      undo: () => {
        dispatch({ type: "reopen", file, index });
        focusTab(file.id);
      },
    });
  }

  /** Opens dropped or picked files as tabs and says which were refused (not text, too large) and why. */
  async function openPicked(picked: File[]) {
    if (!files) return;
    const refused = await openFiles(picked, files, addFile);
    if (refused.length) setNotice({ text: refused.join(" ") });
  }

  async function onDrop(event: DragEvent) {
    if (!event.dataTransfer.files.length) return;
    event.preventDefault();
    await openPicked([...event.dataTransfer.files]);
  }

  if (!workspace || !files || !settings) return <WorkbenchSkeleton />;

  const activeReview = active ? reviews[active.id] : undefined;
  const activeSafeFixes = activeReview?.findings.filter((finding) => finding.fixes.some((fix) => fix.applicability === "safe")).length ?? 0;

  return (
    <div className="flex flex-col gap-3">
      <SettingsBar
        settings={settings}
        stages={stages}
        onChange={(patch) => dispatch({ type: "settings", settings: patch })}
        onOpenExamples={() => setExamplesOpen(true)}
      >
        <ExportButtons
          getReport={() => ({
            files: files.flatMap((file) => {
              const review = reviews[file.id];
              return review?.kind ? [{ path: file.path, kind: review.kind, findings: review.findings }] : [];
            }),
          })}
        />
        <ShareButton getWorkspace={() => ({ files: files.map(({ path, content }) => ({ path, content })), settings: { ...settings } })} />
      </SettingsBar>
      <div className="grid grid-cols-[minmax(0,1fr)] gap-4 lg:h-[max(34rem,calc(100dvh-7.5rem))] lg:grid-cols-[minmax(0,1fr)_28rem]">
        <section
          aria-labelledby="editor-heading"
          className="flex min-h-0 flex-col rounded-md border border-line bg-surface"
          onDragOver={(event) => event.dataTransfer.types.includes("Files") && event.preventDefault()}
          onDrop={onDrop}
        >
          <h2 id="editor-heading" className="sr-only">
            Editor
          </h2>
          <WorkspaceTabs
            files={files}
            activeId={workspace.activeId}
            findings={Object.fromEntries(files.map((file) => [file.id, reviews[file.id]?.kind === "other" ? undefined : reviews[file.id]?.findings]))}
            onActivate={(id) => dispatch({ type: "activate", id })}
            onAdd={(path, content) => editor.current?.focus(addFile(path, content))}
            onOpen={openPicked}
            onRename={(id, path) => dispatch({ type: "rename", id, path })}
            onClose={closeFile}
          />
          <div className="relative h-[60dvh] min-h-80 lg:h-auto lg:min-h-0 lg:flex-1">
            <CodeEditor
              ref={editor}
              files={files}
              activeId={workspace.activeId}
              markers={reviews}
              severities={settings.severities}
              ruleHelp={ruleHelp}
              dark={dark}
              onChange={(id, content) => dispatch({ type: "edit", id, content })}
              onCursorChange={setCursor}
              onFixAll={openFixAll}
            />
            {files.length === 0 && (
              <p className="absolute inset-0 grid place-content-center gap-1 bg-surface p-6 text-center text-sm text-ink-muted" data-testid="no-files">
                <span className="font-semibold text-ink">No files open.</span>
                Add a file, open files from your computer or drop them here, or load one of the examples.
              </p>
            )}
          </div>
          {/* One line on a desktop, so the editor does not shrink when a selection's size appears: the hints give way. */}
          <footer className="flex flex-wrap items-center gap-x-4 gap-y-1 border-t border-line px-4 py-2 text-xs text-ink-muted lg:flex-nowrap">
            <button
              type="button"
              disabled={!active || activeSafeFixes === 0}
              onClick={() => active && openFixAll(active.id)}
              className="shrink-0 rounded border border-line px-2 py-1 text-sm text-ink enabled:hover:bg-line/30 disabled:opacity-50"
            >
              Fix all safe problems{activeSafeFixes ? ` (${activeSafeFixes})` : ""}…
            </button>
            <EditorKeyHints />
            <CursorStatus cursor={cursor} />
          </footer>
        </section>
        <div className="grid min-h-0 grid-cols-[minmax(0,1fr)] gap-4 lg:grid-rows-[minmax(0,3fr)_minmax(0,2fr)]">
          <div className="max-h-[70dvh] min-h-64 lg:max-h-none lg:min-h-0">
            <FindingsPanel
              files={files.map((file) => ({
                id: file.id,
                path: file.path,
                kind: reviews[file.id]?.kind ?? null,
                findings: reviews[file.id]?.findings ?? [],
                analyzed: Boolean(reviews[file.id]),
              }))}
              severities={settings.severities}
              onSeveritiesChange={(severities) => dispatch({ type: "settings", settings: { severities } })}
              phase={analysis.phase}
              error={analysis.error}
              ruleHelp={ruleHelp}
              onSelect={(fileId: string, finding: Finding, focus: boolean) => select(fileId, finding.range, focus)}
            />
          </div>
          <div className="flex min-h-0 flex-col gap-4 overflow-y-auto rounded-md border border-line bg-surface p-4">
            <section aria-labelledby="size-heading">
              <h2 id="size-heading" className="mb-2 text-base font-semibold">
                Image size
              </h2>
              <SizePanel
                path={dockerfile?.path ?? null}
                size={dockerfile ? reviews[dockerfile.id]?.size : null}
                failure={analysis.error}
                contextBytes={settings.assumptions.contextBytes}
                onContextBytes={(contextBytes) => dispatch({ type: "settings", settings: { assumptions: { contextBytes } } })}
                onUseBase={(comparison) => dockerfile && switchBase(dockerfile, comparison)}
                onSelect={(range) => dockerfile && select(dockerfile.id, range)}
              />
            </section>
            <section aria-labelledby="stages-heading">
              <h2 id="stages-heading" className="mb-2 text-base font-semibold">
                Stages
              </h2>
              <StageGraph path={dockerfile?.path ?? null} stages={stages} onSelect={(range) => dockerfile && select(dockerfile.id, range)} />
            </section>
          </div>
        </div>
      </div>
      <ExamplesDialog
        open={examplesOpen}
        onClose={() => setExamplesOpen(false)}
        onLoad={(example) => {
          setExamplesOpen(false);
          dispatch({ type: "replace", workspace: makeWorkspace(example.files, settings) });
        }}
      />
      <FixAllDialog path={fixAll?.path ?? ""} plan={fixAll?.plan ?? null} onApply={applyFixAll} onCancel={() => setFixAll(null)} />
      <NoticeToast
        notice={notice}
        onUndo={(undo) => {
          undo();
          setNotice(null);
        }}
        onDismiss={() => setNotice(null)}
      />
    </div>
  );
}

/** What the toast says, and how to take back the step it reports (a fix-all, a new base, a closed file). */
interface Notice {
  text: string;
  undo?(): void;
}

/** A toast in the corner (it overlays, so nothing moves), with Undo when the step it reports can be taken back. */
function NoticeToast({ notice, onUndo, onDismiss }: { notice: Notice | null; onUndo(undo: () => void): void; onDismiss(): void }) {
  return (
    <div role="status" aria-live="polite" className="pointer-events-none fixed right-4 bottom-4 z-40">
      {notice && (
        <div className="pointer-events-auto flex items-center gap-3 rounded-md border border-line bg-surface px-4 py-3 text-sm shadow-lg" data-testid="notice">
          <span>{notice.text}</span>
          {notice.undo && (
            <button type="button" onClick={() => onUndo(notice.undo!)} className="rounded bg-accent px-3 py-1 font-semibold text-surface">
              Undo
            </button>
          )}
          <button type="button" onClick={onDismiss} aria-label="Dismiss" className="px-1 text-ink-muted hover:text-ink">
            <span aria-hidden="true">×</span>
          </button>
        </div>
      )}
    </div>
  );
}

/** Where the cursor is, as in an editor's status bar; `data-*` lets tests read it exactly. */
function CursorStatus({ cursor }: { cursor: CursorState | null }) {
  if (!cursor) return null;
  const { start, end } = cursor.selection;
  return (
    <p
      className="ml-auto shrink-0 font-mono whitespace-nowrap"
      data-cursor={`${cursor.line}:${cursor.column}`}
      data-selection={`${start.line}:${start.column}-${end.line}:${end.column}`}
    >
      Ln {cursor.line}, Col {cursor.column}
      {cursor.selectedCharacters > 0 && ` (${cursor.selectedCharacters} selected)`}
    </p>
  );
}

/** The page's shape before the workspace is read from storage, so nothing moves when it appears. */
function WorkbenchSkeleton() {
  return (
    <div className="flex flex-col gap-3" aria-busy="true">
      <div className="h-8" />
      <div className="grid grid-cols-[minmax(0,1fr)] gap-4 lg:h-[max(34rem,calc(100dvh-7.5rem))] lg:grid-cols-[minmax(0,1fr)_28rem]">
        <div className="h-[60dvh] rounded-md border border-line bg-surface lg:h-auto" />
        <div className="min-h-64 rounded-md border border-line bg-surface" />
      </div>
    </div>
  );
}
