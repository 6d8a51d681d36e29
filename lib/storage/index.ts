import { resolve } from "node:path";
import { PostgresReportStore } from "./postgres";
import { SqliteReportStore } from "./sqlite";
import type { ReportStore } from "./types";

export type { DeleteOutcome, NewStoredReport, ReportStore, StoredReport } from "./types";

/** Where the SQLite file lives: `$SHIPSHAPE_DATA_DIR/reports.db`, by default `./data/reports.db`. */
export function sqlitePath(env: Readonly<Record<string, string | undefined>> = process.env): string {
  return resolve(env.SHIPSHAPE_DATA_DIR || "data", "reports.db");
}

/** Postgres when DATABASE_URL is set (several instances can share it), else a local SQLite file. */
export async function openReportStore(env: Readonly<Record<string, string | undefined>> = process.env): Promise<ReportStore> {
  if (env.DATABASE_URL) return PostgresReportStore.open(env.DATABASE_URL);
  return new SqliteReportStore(sqlitePath(env));
}

let shared: Promise<ReportStore> | undefined;

/** The process-wide store, opened (and migrated) on first use. A failed open is retried on the next call. */
export function getReportStore(): Promise<ReportStore> {
  shared ??= openReportStore().then(
    (store) => {
      console.log(`shipshape: shared reports are stored in ${store.kind === "postgres" ? "Postgres (DATABASE_URL)" : `SQLite at ${sqlitePath()}`}`);
      return store;
    },
    (error: unknown) => {
      shared = undefined;
      throw error;
    },
  );
  return shared;
}
