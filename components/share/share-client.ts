import type { SourceFile } from "@/lib/analysis";
import type { ExpiryChoice } from "@/lib/share/document";
import type { DetectedSecret } from "@/lib/share/secrets";

/** The browser's side of the reports API. */

export interface CreatedShare {
  id: string;
  path: string;
  expiresAt: string | null;
  existing: boolean;
  /** Only on a new share: shown once, never again. */
  deleteToken?: string;
}

const CREATOR_KEY = "shipshape.share.creatorKey";

/**
 * A random key kept in this browser so that sharing the same workspace twice returns the first link.
 * Without storage (private mode) every share is new, which is also fine.
 */
function creatorKey(): string | undefined {
  try {
    let key = localStorage.getItem(CREATOR_KEY);
    if (!key) {
      const bytes = crypto.getRandomValues(new Uint8Array(18));
      key = btoa(String.fromCharCode(...bytes)).replace(/\+/g, "-").replace(/\//g, "_");
      localStorage.setItem(CREATOR_KEY, key);
    }
    return key;
  } catch {
    return undefined;
  }
}

interface ErrorBody {
  error?: { message?: string; secrets?: DetectedSecret[] };
}

/** Posts JSON and reads the answer; a 409 is an answer (new secrets to confirm), other failures throw. */
async function postJson<T>(url: string, body: unknown): Promise<{ status: number; body: T & ErrorBody }> {
  const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
  const parsed = (await response.json().catch(() => ({}))) as T & ErrorBody;
  if (!response.ok && response.status !== 409) throw new Error(parsed.error?.message ?? `The server answered ${response.status}.`);
  return { status: response.status, body: parsed };
}

/** What a share of the workspace would redact: secrets in the files (each can be kept), and build arguments by name. */
export interface SecretScan {
  secrets: DetectedSecret[];
  redactedBuildArgs: string[];
}

export async function scanForSecrets({ files, settings }: SharedWorkspaceInput): Promise<SecretScan> {
  const { body } = await postJson<SecretScan>("/api/reports/scan", { files, buildArgs: settings.buildArgs });
  return { secrets: body.secrets, redactedBuildArgs: body.redactedBuildArgs ?? [] };
}

export type ShareOutcome = { kind: "shared"; share: CreatedShare } | { kind: "new-secrets"; secrets: DetectedSecret[] };

/** What a share stores besides the files: the editor's settings (profile, target, size assumptions…). */
export interface SharedWorkspaceInput {
  files: SourceFile[];
  settings: { profile?: string; buildArgs?: Record<string, string> } & Record<string, unknown>;
}

export async function createShare(workspace: SharedWorkspaceInput, choices: { expiry: ExpiryChoice; shown: DetectedSecret[]; keep: ReadonlySet<string> }): Promise<ShareOutcome> {
  const { status, body } = await postJson<CreatedShare>("/api/reports", {
    files: workspace.files,
    profile: workspace.settings.profile,
    settings: workspace.settings,
    expiry: choices.expiry,
    redact: true,
    confirmedSecretIds: choices.shown.map((secret) => secret.id),
    keepSecretIds: [...choices.keep],
    creatorKey: creatorKey(),
  });
  // The files changed between the scan and the share: show the new secrets before storing anything.
  if (status === 409) return { kind: "new-secrets", secrets: body.error?.secrets ?? [] };
  return { kind: "shared", share: body };
}
