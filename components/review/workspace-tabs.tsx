"use client";

import { useEffect, useLayoutEffect, useRef, useState, type ChangeEvent } from "react";
import type { Finding } from "@/lib/analysis";
import { scoreFindings } from "@/lib/client/grade";
import { pathProblem, unusedPath, type WorkspaceFile } from "@/lib/client/workspace";
import { GradeBadge } from "./grade-badge";

/** Files people usually review together; "Add file" offers them by name. */
const NEW_FILE_NAMES = ["Dockerfile", "compose.yaml", "compose.override.yaml", ".dockerignore", "package.json"];

/** Files larger than this are refused when opened or dropped: reviews are of hand-written files. */
export const MAX_OPEN_BYTES = 512 * 1024;

interface Props {
  files: WorkspaceFile[];
  activeId: string | null;
  /** Per file id: its findings, once reviewed by rules of its kind (no grade for files no rule reads). */
  findings: Record<string, Finding[] | undefined>;
  onActivate(id: string): void;
  onAdd(path: string, content: string): void;
  /** Files picked with "Open files…": the workbench opens them as it opens dropped ones, and says which it refused. */
  onOpen(picked: File[]): Promise<void>;
  onRename(id: string, path: string): void;
  onClose(id: string): void;
}

/** The open files as tabs, each with its grade, and the controls to add, open, rename and close files. */
export function WorkspaceTabs({ files, activeId, findings, onActivate, onAdd, onOpen, onRename, onClose }: Props) {
  const [renaming, setRenaming] = useState<string | null>(null);
  const picker = useRef<HTMLInputElement>(null);

  async function openPicked(event: ChangeEvent<HTMLInputElement>) {
    const picked = [...(event.target.files ?? [])];
    // Cleared first, so picking the same file again fires another change.
    event.target.value = "";
    await onOpen(picked);
  }

  return (
    <nav aria-label="Files" className="flex min-h-11 flex-wrap items-end gap-1 border-b border-line px-2 pt-2">
      <ul className="flex min-w-0 max-w-full flex-wrap items-end gap-1">
        {files.map((file, index) => {
          const active = file.id === activeId;
          const fileFindings = findings[file.id];
          return (
            <li
              key={file.id}
              className={`flex min-w-0 max-w-full items-center gap-1 rounded-t border border-b-0 px-1 ${active ? "border-line bg-page" : "border-transparent"}`}
            >
              {renaming === file.id ? (
                <RenameField
                  file={file}
                  files={files}
                  onDone={(path) => {
                    setRenaming(null);
                    if (path) onRename(file.id, path);
                  }}
                />
              ) : (
                <button
                  type="button"
                  data-tab={file.id}
                  aria-current={active ? "page" : undefined}
                  onClick={() => onActivate(file.id)}
                  onDoubleClick={() => setRenaming(file.id)}
                  title={file.path}
                  className={`flex min-w-0 items-center gap-2 px-2 py-1.5 font-mono text-sm ${active ? "font-semibold" : "text-ink-muted"}`}
                >
                  <span className="truncate">{file.path}</span>
                  {fileFindings && <GradeBadge {...scoreFindings(fileFindings)} />}
                </button>
              )}
              <button type="button" onClick={() => setRenaming(file.id)} aria-label={`Rename ${file.path}`} title="Rename" className="rounded px-1 text-ink-muted hover:text-ink">
                <span aria-hidden="true">✎</span>
              </button>
              <button
                type="button"
                onClick={() => {
                  onClose(file.id);
                  // The focus would drop to the page: move it to the tab that took this one's place.
                  focusTab((files[index + 1] ?? files[index - 1])?.id ?? null);
                }}
                aria-label={`Close ${file.path}`}
                title="Close"
                className="rounded px-1 text-ink-muted hover:text-ink"
              >
                <span aria-hidden="true">×</span>
              </button>
            </li>
          );
        })}
      </ul>
      <AddFileMenu onChoose={(name) => onAdd(unusedPath(name, files), "")} />
      <div className="pb-1">
        <button type="button" onClick={() => picker.current?.click()} className="rounded border border-line px-2 py-1 text-sm">
          Open files…
        </button>
        <input ref={picker} type="file" multiple hidden onChange={openPicked} aria-label="Open files from your computer" />
      </div>
    </nav>
  );
}

/**
 * "+ Add file" and the names it offers: a disclosure that closes on Escape (from the toggle or the list), a click or
 * the focus elsewhere, and opens toward the side where it fits (the toggle may sit at a phone's right edge).
 */
function AddFileMenu({ onChoose }: { onChoose(name: string): void }) {
  const [open, setOpen] = useState(false);
  const [alignRight, setAlignRight] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  const list = useRef<HTMLUListElement>(null);

  useLayoutEffect(() => {
    const menu = list.current;
    if (!open || !menu || !root.current) return;
    // Measured against the toggle, not the menu: the menu's own position depends on the alignment chosen here.
    const toggleBox = root.current.getBoundingClientRect();
    setAlignRight(toggleBox.left + menu.offsetWidth > document.documentElement.clientWidth);
  }, [open]);

  useEffect(() => {
    if (!open) return;
    const closeOutside = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener("pointerdown", closeOutside);
    return () => document.removeEventListener("pointerdown", closeOutside);
  }, [open]);

  return (
    <div
      ref={root}
      className="relative ml-1 pb-1"
      onKeyDown={(event) => {
        if (event.key !== "Escape" || !open) return;
        event.stopPropagation();
        setOpen(false);
        toggle.current?.focus();
      }}
      onBlur={(event) => {
        if (!root.current?.contains(event.relatedTarget as Node | null)) setOpen(false);
      }}
    >
      <button
        ref={toggle}
        type="button"
        id={ADD_FILE_BUTTON_ID}
        aria-expanded={open}
        aria-controls="add-file-menu"
        onClick={() => setOpen((wasOpen) => !wasOpen)}
        className="rounded border border-line px-2 py-1 text-sm"
      >
        + Add file
      </button>
      {open && (
        <ul
          ref={list}
          id="add-file-menu"
          className={`absolute top-full z-30 mt-1 min-w-48 rounded border border-line bg-surface py-1 shadow-lg ${alignRight ? "right-0" : "left-0"}`}
        >
          {NEW_FILE_NAMES.map((name) => (
            <li key={name}>
              <button
                type="button"
                onClick={() => {
                  setOpen(false);
                  onChoose(name);
                }}
                className="block w-full px-3 py-1 text-left font-mono text-sm hover:bg-line/30"
              >
                {name}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function RenameField({ file, files, onDone }: { file: WorkspaceFile; files: WorkspaceFile[]; onDone(path: string | null): void }) {
  const [value, setValue] = useState(file.path);
  const problem = pathProblem(value, files, file.id);
  const commit = () => onDone(problem ? null : value);
  return (
    <span className="flex flex-col">
      <input
        autoFocus
        aria-label={`New name for ${file.path}`}
        aria-invalid={Boolean(problem)}
        aria-describedby={problem ? `rename-problem-${file.id}` : undefined}
        value={value}
        onChange={(event) => setValue(event.target.value)}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === "Enter") commit();
          if (event.key === "Escape") onDone(null);
        }}
        className="w-48 rounded border border-line bg-surface px-2 py-1 font-mono text-sm"
      />
      {problem && (
        <span id={`rename-problem-${file.id}`} role="alert" className="text-xs text-severity-error">
          {problem}
        </span>
      )}
    </span>
  );
}

const ADD_FILE_BUTTON_ID = "add-file-button";

/** Moves the focus to a file's tab (with none, to "Add file") once React has drawn the change that brings it. */
export function focusTab(id: string | null): void {
  requestAnimationFrame(() => {
    const target = id ? document.querySelector<HTMLElement>(`[data-tab="${CSS.escape(id)}"]`) : document.getElementById(ADD_FILE_BUTTON_ID);
    target?.focus();
  });
}

/** Adds picked or dropped files as tabs, skipping ones too large or not text. */
export async function openFiles(picked: File[], files: readonly WorkspaceFile[], onAdd: (path: string, content: string) => void): Promise<string[]> {
  const refused: string[] = [];
  const taken = [...files];
  for (const file of picked) {
    if (file.size > MAX_OPEN_BYTES) {
      refused.push(`${file.name} is larger than ${MAX_OPEN_BYTES / 1024} KiB.`);
      continue;
    }
    const content = await file.text();
    if (content.includes("\u0000")) {
      refused.push(`${file.name} is not a text file.`);
      continue;
    }
    const path = unusedPath(file.name, taken);
    taken.push({ id: path, path, content });
    onAdd(path, content);
  }
  return refused;
}
