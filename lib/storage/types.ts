/**
 * Where shared reports live. The document is opaque to the store (JSON text written and read back byte for
 * byte); the columns next to it are what the store itself needs: expiry, the dedupe key and the delete
 * token's hash. Every method is async so the SQLite and Postgres implementations share one interface.
 */

export interface NewStoredReport {
  id: string;
  /** The serialized report; returned exactly as given. */
  document: string;
  /** sha256 (hex) of the delete token; the token itself is never stored. */
  deleteTokenHash: string;
  /** Identical shares from the same creator have the same key; null when the share is not deduplicated. */
  dedupeKey: string | null;
  createdAt: Date;
  /** null: kept until deleted. */
  expiresAt: Date | null;
}

export type StoredReport = Omit<NewStoredReport, "deleteTokenHash">;

export type DeleteOutcome = "deleted" | "not-found" | "wrong-token";

export interface ReportStore {
  /** Which implementation this is, for the start-up log. */
  readonly kind: "sqlite" | "postgres";
  /** Stores a new report; resolves once it is durable. Throws on a duplicate id. */
  create(report: NewStoredReport): Promise<void>;
  /** The report, or undefined when it does not exist or has expired at `now`. */
  get(id: string, now?: Date): Promise<StoredReport | undefined>;
  /** A live report with this dedupe key, if any. */
  findByDedupeKey(dedupeKey: string, now?: Date): Promise<StoredReport | undefined>;
  /** Deletes the report when the token hash matches; an expired report counts as not found. */
  delete(id: string, deleteTokenHash: string, now?: Date): Promise<DeleteOutcome>;
  /** Removes every report that expired before `now`; returns how many. */
  deleteExpired(now?: Date): Promise<number>;
  close(): Promise<void>;
}

/**
 * Schema changes, in order, per dialect. A store applies the ones it has not recorded in its
 * `schema_migrations` table, each in its own transaction, when it opens. Never edit a released migration:
 * append a new one.
 */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}
