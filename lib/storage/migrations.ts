import type { Migration } from "./types";

/** Migrations for SQLite. Times are integer milliseconds since the epoch. */
export const SQLITE_MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: "create reports",
    sql: `
      CREATE TABLE reports (
        id TEXT PRIMARY KEY,
        document TEXT NOT NULL,
        delete_token_hash TEXT NOT NULL,
        dedupe_key TEXT,
        created_at INTEGER NOT NULL,
        expires_at INTEGER
      );
      CREATE INDEX reports_dedupe_key ON reports (dedupe_key) WHERE dedupe_key IS NOT NULL;
      CREATE INDEX reports_expires_at ON reports (expires_at) WHERE expires_at IS NOT NULL;
    `,
  },
];

/** Migrations for Postgres: the same schema with native types. */
export const POSTGRES_MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: "create reports",
    sql: `
      CREATE TABLE reports (
        id TEXT PRIMARY KEY,
        document TEXT NOT NULL,
        delete_token_hash TEXT NOT NULL,
        dedupe_key TEXT,
        created_at TIMESTAMPTZ NOT NULL,
        expires_at TIMESTAMPTZ
      );
      CREATE INDEX reports_dedupe_key ON reports (dedupe_key) WHERE dedupe_key IS NOT NULL;
      CREATE INDEX reports_expires_at ON reports (expires_at) WHERE expires_at IS NOT NULL;
    `,
  },
];
