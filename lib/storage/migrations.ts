import type { Migration } from "./types";

/**
 * Version 1 for both databases: the same table, with each database's type for times. (The text of a migration that
 * has shipped must not change; a later version gets its own entry.)
 */
function createReports(timeType: string): Migration {
  return {
    version: 1,
    name: "create reports",
    sql: `
      CREATE TABLE reports (
        id TEXT PRIMARY KEY,
        document TEXT NOT NULL,
        delete_token_hash TEXT NOT NULL,
        dedupe_key TEXT,
        created_at ${timeType} NOT NULL,
        expires_at ${timeType}
      );
      CREATE INDEX reports_dedupe_key ON reports (dedupe_key) WHERE dedupe_key IS NOT NULL;
      CREATE INDEX reports_expires_at ON reports (expires_at) WHERE expires_at IS NOT NULL;
    `,
  };
}

/** Migrations for SQLite. Times are integer milliseconds since the epoch. */
export const SQLITE_MIGRATIONS: readonly Migration[] = [createReports("INTEGER")];

/** Migrations for Postgres: the same schema with native types. */
export const POSTGRES_MIGRATIONS: readonly Migration[] = [createReports("TIMESTAMPTZ")];
