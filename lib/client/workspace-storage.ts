// Direct module imports: the "@/lib/analysis" index would pull the whole engine into the page bundle.
import { buildArgProblem, MAX_BUILD_ARGS } from "@/lib/analysis/build-args";
import { SEVERITIES, type Severity } from "@/lib/analysis/types";
import { DEFAULT_SETTINGS, isContextBytes, makeWorkspace, PROFILES, type Workspace, type WorkspaceSettings } from "./workspace";

/**
 * The workspace lives in localStorage under this key. The version is part of the key so that a future
 * shape can be read next to (and migrated from) this one.
 */
export const WORKSPACE_STORAGE_KEY = "shipshape.workspace.v1";

/** What is stored: no ids (they are per page load), the open tab by its path. */
export interface StoredWorkspace {
  version: 1;
  files: Array<{ path: string; content: string }>;
  activePath: string | null;
  settings: WorkspaceSettings;
}

export function toStored(workspace: Workspace): StoredWorkspace {
  return {
    version: 1,
    files: workspace.files.map(({ path, content }) => ({ path, content })),
    activePath: workspace.files.find((file) => file.id === workspace.activeId)?.path ?? null,
    settings: workspace.settings,
  };
}

/** Reads a stored workspace back, or null when it is missing or not ours. Unknown settings fall back to defaults. */
export function fromStored(value: unknown): Workspace | null {
  if (!isRecord(value) || value.version !== 1 || !Array.isArray(value.files)) return null;
  const files = value.files.filter(
    (file): file is { path: string; content: string } => isRecord(file) && typeof file.path === "string" && typeof file.content === "string",
  );
  const workspace = makeWorkspace(files, readSettings(value.settings));
  const active = workspace.files.find((file) => file.path === value.activePath);
  return active ? { ...workspace, activeId: active.id } : workspace;
}

/** Keeps the known, well-typed settings and drops the rest, so a hand-edited or older entry cannot break the page. */
export function readSettings(value: unknown): WorkspaceSettings {
  if (!isRecord(value)) return DEFAULT_SETTINGS;
  const profile = PROFILES.find((name) => name === value.profile) ?? DEFAULT_SETTINGS.profile;
  const severities = Array.isArray(value.severities)
    ? SEVERITIES.filter((severity: Severity) => (value.severities as unknown[]).includes(severity))
    : DEFAULT_SETTINGS.severities;
  const target = typeof value.target === "string" && value.target ? value.target : null;
  const buildArgs = isRecord(value.buildArgs)
    ? Object.fromEntries(
        Object.entries(value.buildArgs)
          .filter((entry): entry is [string, string] => typeof entry[1] === "string" && buildArgProblem(entry[0], entry[1]) === undefined)
          .slice(0, MAX_BUILD_ARGS),
      )
    : {};
  const assumptions = isRecord(value.assumptions) ? value.assumptions : {};
  // A size the API refuses would fail every review, after each reload too.
  const contextBytes = isContextBytes(assumptions.contextBytes) ? assumptions.contextBytes : null;
  return { profile, severities, target, buildArgs, assumptions: { contextBytes } };
}

export function loadWorkspace(): Workspace | null {
  try {
    const raw = localStorage.getItem(WORKSPACE_STORAGE_KEY);
    return raw ? fromStored(JSON.parse(raw)) : null;
  } catch {
    // Storage disabled (private mode) or a corrupt entry: start from the example instead.
    return null;
  }
}

export function saveWorkspace(workspace: Workspace): void {
  try {
    localStorage.setItem(WORKSPACE_STORAGE_KEY, JSON.stringify(toStored(workspace)));
  } catch {
    // Full or disabled storage: the workspace still works, it just will not survive a reload.
  }
}

/**
 * Replaces the stored workspace, e.g. "Open in editor" on a shared report: call this, then navigate to `/`.
 * Settings not given keep their defaults.
 */
export function openWorkspace(files: ReadonlyArray<{ path: string; content: string }>, settings: Partial<WorkspaceSettings> = {}): void {
  saveWorkspace(makeWorkspace(files, readSettings({ ...DEFAULT_SETTINGS, ...settings })));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
