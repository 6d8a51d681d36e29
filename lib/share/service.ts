import { ENGINE_VERSION, type SourceFile } from "../analysis";
import { analyzeWorkspace } from "./analysis";
import type { DeleteOutcome, ReportStore } from "../storage/types";
import { expiryDate, type ExpiryChoice, type SharedReport, type SharedReportDocument, type SharedWorkspace } from "./document";
import { canonicalJson, isReportId, newDeleteToken, newReportId, sha256Hex } from "./ids";
import { detectSecrets, findRedactions, redactBuildArgs, redactFile, type DetectedSecret } from "./secrets";

/**
 * Creating, reading and deleting shared reports, independent of HTTP. The server analyses the files itself
 * at share time: findings sent by a client are never trusted.
 */

export interface ShareInput {
  files: SourceFile[];
  profile?: string;
  /** As the person wrote it: our format or hadolint's, an object or YAML text. */
  config?: SharedWorkspace["config"];
  settings?: Record<string, unknown>;
  expiry: ExpiryChoice;
  /** Redact every detected secret except those in keepSecretIds. Off: store everything as typed. */
  redact: boolean;
  /** The secrets the person was shown in the confirm step. */
  confirmedSecretIds: string[];
  /** Detected secrets the person chose to keep in clear (false positives). Each must be confirmed. */
  keepSecretIds: string[];
  /**
   * A random key the browser keeps. Shares of identical content with the same key return the first link
   * (see dedupeKey); without it every share is new.
   */
  creatorKey?: string;
}

export type CreateShareResult =
  | { status: "created"; report: SharedReport; deleteToken: string }
  | { status: "existing"; report: SharedReport }
  /** Secrets would be stored in clear that the person never saw: nothing was stored. */
  | { status: "unconfirmed-secrets"; secrets: DetectedSecret[] };

/**
 * Dedupe is scoped to one creator on purpose. Across creators, "identical content returns the existing
 * link" would be an oracle: anyone could confirm a guessed secret in someone else's unredacted share by
 * submitting the same files and seeing an old link come back. It would also hand out a link whose delete
 * token belongs to someone else. Within one creator, the existing link is returned without a token (the
 * token was shown once, at first share, and only its hash is kept).
 */
function dedupeKey(creatorKey: string, workspace: SharedWorkspace, expiry: ExpiryChoice): string {
  return sha256Hex(canonicalJson({ creatorKey, workspace, expiry }));
}

function toSharedReport(id: string, document: SharedReportDocument, createdAt: Date, expiresAt: Date | null): SharedReport {
  return { id, ...document, createdAt: createdAt.toISOString(), expiresAt: expiresAt?.toISOString() ?? null };
}

/** The secrets the person must confirm before the share can be stored, given their choices. */
export function planRedaction(secrets: readonly DetectedSecret[], input: Pick<ShareInput, "redact" | "confirmedSecretIds" | "keepSecretIds">) {
  const keep = new Set(input.keepSecretIds);
  const confirmed = new Set(input.confirmedSecretIds);
  const redacted = input.redact ? secrets.filter((secret) => !keep.has(secret.id)) : [];
  const inClear = secrets.filter((secret) => !redacted.includes(secret));
  return { redacted, unconfirmed: inClear.filter((secret) => !confirmed.has(secret.id)) };
}

export async function createShare(store: ReportStore, input: ShareInput, now = new Date()): Promise<CreateShareResult> {
  const secrets = detectSecrets(input.files);
  const { redacted, unconfirmed } = planRedaction(secrets, input);
  if (unconfirmed.length > 0) return { status: "unconfirmed-secrets", secrets: unconfirmed };

  const files = input.files.map((file) => redactFile(file, redacted));
  const workspace: SharedWorkspace = {
    files,
    ...(input.profile !== undefined ? { profile: input.profile } : {}),
    ...(input.config !== undefined ? { config: input.config } : {}),
    ...(input.settings !== undefined ? { settings: storedSettings(input.settings) } : {}),
  };

  const key = input.creatorKey ? dedupeKey(input.creatorKey, workspace, input.expiry) : null;
  if (key) {
    const existing = await store.findByDedupeKey(key, now);
    if (existing) return { status: "existing", report: toSharedReport(existing.id, parseDocument(existing.document), existing.createdAt, existing.expiresAt) };
  }

  const document: SharedReportDocument = {
    schemaVersion: 1,
    workspace,
    engineVersion: ENGINE_VERSION,
    report: analyzeWorkspace(workspace),
    redactions: files.flatMap((file) => findRedactions(file).map((redaction) => ({ path: file.path, ...redaction }))),
  };
  const id = newReportId();
  const deleteToken = newDeleteToken();
  const expiresAt = expiryDate(input.expiry, now);
  await store.create({ id, document: JSON.stringify(document), deleteTokenHash: sha256Hex(deleteToken), dedupeKey: key, createdAt: now, expiresAt });
  return { status: "created", report: toSharedReport(id, document, now, expiresAt), deleteToken };
}

/** The settings the dashboard keeps with a share (lib/client/workspace.ts). Nothing scans other keys for secrets. */
const STORED_SETTINGS = new Set(["profile", "severities", "target", "buildArgs", "assumptions"]);

/** The settings as stored: the dashboard's only, build arguments with secrets redacted (the review refuses others). */
function storedSettings(settings: Record<string, unknown>): Record<string, unknown> {
  const stored = Object.fromEntries(Object.entries(settings).filter(([key]) => STORED_SETTINGS.has(key)));
  const { buildArgs } = stored;
  const valid = typeof buildArgs === "object" && buildArgs !== null && !Array.isArray(buildArgs) && Object.values(buildArgs).every((value) => typeof value === "string");
  return valid ? { ...stored, buildArgs: redactBuildArgs(buildArgs as Record<string, string>) } : stored;
}

function parseDocument(text: string): SharedReportDocument {
  return JSON.parse(text) as SharedReportDocument;
}

/** The live report with this id, or undefined (unknown, malformed or expired id). */
export async function getShare(store: ReportStore, id: string, now = new Date()): Promise<SharedReport | undefined> {
  if (!isReportId(id)) return undefined;
  const stored = await store.get(id, now);
  return stored && toSharedReport(stored.id, parseDocument(stored.document), stored.createdAt, stored.expiresAt);
}

export async function deleteShare(store: ReportStore, id: string, deleteToken: string, now = new Date()): Promise<DeleteOutcome> {
  if (!isReportId(id)) return "not-found";
  return store.delete(id, sha256Hex(deleteToken), now);
}
