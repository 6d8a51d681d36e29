// Direct module imports: the "@/lib/analysis" index would pull the whole engine into the page bundle.
import type { BuildArgs } from "@/lib/analysis/build-args";
import { detectKind } from "@/lib/analysis/files";
import { normalizePath } from "@/lib/analysis/paths";
import { MAX_CONTEXT_BYTES } from "@/lib/analysis/size/bytes";
import type { FileKind, Severity } from "@/lib/analysis/types";

/** The rule sets the engine offers (`profile` of the analyze request). */
export const PROFILES = ["recommended", "strict", "hadolint"] as const;
export type Profile = (typeof PROFILES)[number];

/**
 * Everything the person chose besides the files. One serialisable object: it is persisted with the
 * workspace, sent with each analyze request and stored with shared reports.
 */
export interface WorkspaceSettings {
  profile: Profile;
  /** Severities shown in the Findings panel and as markers. */
  severities: Severity[];
  /** The stage `docker build --target` builds; null means the last stage. */
  target: string | null;
  /** `--build-arg` values, by ARG name. */
  buildArgs: BuildArgs;
  /** Inputs of the size estimate the person can adjust. */
  assumptions: { contextBytes: number | null };
}

export const DEFAULT_SETTINGS: WorkspaceSettings = {
  profile: "recommended",
  severities: ["error", "warning", "info", "style"],
  target: null,
  buildArgs: {},
  assumptions: { contextBytes: null },
};

/** The size panel asks for the build context in megabytes (decimal, as `docker images` counts). */
export const BYTES_PER_CONTEXT_MB = 1_000_000;

/** A build-context size the API accepts: whole bytes, from 0 to MAX_CONTEXT_BYTES. */
export function isContextBytes(value: unknown): value is number {
  return typeof value === "number" && Number.isInteger(value) && value >= 0 && value <= MAX_CONTEXT_BYTES;
}

/** Why a typed build-context size (in MB; NaN when the field holds no number) cannot be used, or null when it can. */
export function contextSizeProblem(megabytes: number): string | null {
  if (!Number.isFinite(megabytes)) return "Build context size must be a number of megabytes.";
  if (megabytes < 0) return "Build context size cannot be negative.";
  const maxMegabytes = MAX_CONTEXT_BYTES / BYTES_PER_CONTEXT_MB;
  if (megabytes > maxMegabytes) return `Build context size must be at most ${maxMegabytes.toLocaleString("en-US")} MB (10 TB).`;
  return null;
}

export interface WorkspaceFile {
  /** Stable for the life of the tab (a rename keeps it): editor models and undo stacks hang on it. */
  id: string;
  path: string;
  content: string;
}

export interface Workspace {
  files: WorkspaceFile[];
  activeId: string | null;
  settings: WorkspaceSettings;
}

export type WorkspaceAction =
  | { type: "add"; file: WorkspaceFile }
  | { type: "rename"; id: string; path: string }
  | { type: "close"; id: string }
  /** Undoes a close: the file comes back where it was, open. */
  | { type: "reopen"; file: WorkspaceFile; index: number }
  | { type: "edit"; id: string; content: string }
  | { type: "activate"; id: string }
  | { type: "replace"; workspace: Workspace }
  | { type: "settings"; settings: Partial<WorkspaceSettings> };

let nextId = 0;

/** A fresh file id; unique within the page's lifetime, which is as long as ids live. */
export function newFileId(): string {
  nextId += 1;
  return `f${Date.now().toString(36)}${nextId}`;
}

export function makeWorkspace(files: ReadonlyArray<{ path: string; content: string }>, settings: Partial<WorkspaceSettings> = {}): Workspace {
  const withIds = files.map((file) => ({ id: newFileId(), path: file.path, content: file.content }));
  return { files: withIds, activeId: withIds[0]?.id ?? null, settings: { ...DEFAULT_SETTINGS, ...settings } };
}

export function workspaceReducer(state: Workspace, action: WorkspaceAction): Workspace {
  switch (action.type) {
    case "add":
      return { ...state, files: [...state.files, action.file], activeId: action.file.id };
    case "rename":
      return { ...state, files: state.files.map((file) => (file.id === action.id ? { ...file, path: action.path.trim() } : file)) };
    case "close": {
      const at = state.files.findIndex((file) => file.id === action.id);
      if (at < 0) return state;
      const files = state.files.filter((file) => file.id !== action.id);
      // Closing the open tab opens its neighbour, as editors do.
      const activeId = state.activeId === action.id ? (files[Math.min(at, files.length - 1)]?.id ?? null) : state.activeId;
      return { ...state, files, activeId };
    }
    case "reopen": {
      if (state.files.some((file) => file.id === action.file.id)) return state;
      // A file added since under the same name keeps it; the reopened one takes the next free name.
      const file = { ...action.file, path: unusedPath(action.file.path, state.files) };
      const files = [...state.files.slice(0, action.index), file, ...state.files.slice(action.index)];
      return { ...state, files, activeId: file.id };
    }
    case "edit":
      return { ...state, files: state.files.map((file) => (file.id === action.id ? { ...file, content: action.content } : file)) };
    case "activate":
      return state.files.some((file) => file.id === action.id) ? { ...state, activeId: action.id } : state;
    case "replace":
      return action.workspace;
    case "settings":
      return { ...state, settings: { ...state.settings, ...action.settings } };
  }
}

/** Why a name cannot be used for a file, or null when it can. */
export function pathProblem(path: string, files: readonly WorkspaceFile[], renamingId?: string): string | null {
  const trimmed = path.trim();
  if (!trimmed) return "Give the file a name.";
  if (trimmed.length > 200) return "Use a name of at most 200 characters.";
  // `./Dockerfile` is `Dockerfile`: the review would read them as one file.
  const same = files.find((file) => file.id !== renamingId && normalizePath(file.path) === normalizePath(trimmed));
  if (same) return `There is already a file named ${same.path}.`;
  return null;
}

/** A name like `Dockerfile`, `Dockerfile.2`… that no file has yet. */
export function unusedPath(base: string, files: readonly WorkspaceFile[]): string {
  const taken = new Set(files.map((file) => file.path));
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) {
    const dot = base.lastIndexOf(".");
    // Keep the extension last so the kind is still detected: compose.2.yaml, Dockerfile.2.
    const candidate = dot > 0 ? `${base.slice(0, dot)}.${n}${base.slice(dot)}` : `${base}.${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}

/** Monaco language of a file: Dockerfile and YAML have highlighters in our slim Monaco; the rest is plain text. */
export function languageOf(kind: FileKind, path: string): "dockerfile" | "yaml" | "plaintext" {
  if (kind === "dockerfile") return "dockerfile";
  if (kind === "compose" || /\.ya?ml$/i.test(path)) return "yaml";
  return "plaintext";
}

export function fileKind(file: { path: string; content: string }): FileKind {
  return detectKind(file.path, file.content);
}
