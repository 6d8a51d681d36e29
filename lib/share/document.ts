import type { Range, Report, SourceFile } from "../analysis";

/** What a share stores and the report page reads back. Fields may be added, never renamed. */
export interface SharedReportDocument {
  schemaVersion: 1;
  workspace: SharedWorkspace;
  /** The engine that produced `report`; the page re-runs the current engine and compares. */
  engineVersion: string;
  /** The findings and each Dockerfile's size estimate at share time, computed by the server on the stored (redacted) files. */
  report: Report;
  /** Where placeholders replaced secrets, in the stored files' coordinates. */
  redactions: Redaction[];
}

export interface SharedWorkspace {
  files: SourceFile[];
  profile?: string;
  /** As the person wrote it: our format or hadolint's, an object or YAML text (validated at share time). */
  config?: string | Record<string, unknown>;
  /** Editor settings the workspace chose to keep with the share. */
  settings?: Record<string, unknown>;
}

/** The build arguments a shared review ran with, as stored (the review read them, so they are text by name). */
export function storedBuildArgs(settings: SharedWorkspace["settings"]): [string, string][] {
  const buildArgs = settings?.buildArgs;
  if (typeof buildArgs !== "object" || buildArgs === null) return [];
  return Object.entries(buildArgs).filter((entry): entry is [string, string] => typeof entry[1] === "string");
}

export interface Redaction {
  path: string;
  kind: string;
  range: Range;
}

/** A shared report as the API and the page serve it. */
export interface SharedReport extends SharedReportDocument {
  id: string;
  createdAt: string;
  expiresAt: string | null;
}

export const EXPIRY_CHOICES = ["1d", "7d", "30d", "never"] as const;
export type ExpiryChoice = (typeof EXPIRY_CHOICES)[number];

const DAY_MS = 24 * 60 * 60 * 1000;
const EXPIRY_MS: Record<ExpiryChoice, number | null> = { "1d": DAY_MS, "7d": 7 * DAY_MS, "30d": 30 * DAY_MS, never: null };

export function expiryDate(choice: ExpiryChoice, now: Date): Date | null {
  const ms = EXPIRY_MS[choice];
  return ms === null ? null : new Date(now.getTime() + ms);
}
