import Database from "better-sqlite3";
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { sameTokenHash } from "./hash-compare";
import { SQLITE_MIGRATIONS } from "./migrations";
import type { DeleteOutcome, Migration, NewStoredReport, ReportStore, StoredReport } from "./types";

interface Row {
  id: string;
  document: string;
  delete_token_hash: string;
  dedupe_key: string | null;
  created_at: number;
  expires_at: number | null;
}

function toReport(row: Row): StoredReport {
  return {
    id: row.id,
    document: row.document,
    dedupeKey: row.dedupe_key,
    createdAt: new Date(row.created_at),
    expiresAt: row.expires_at === null ? null : new Date(row.expires_at),
  };
}

const LIVE = "(expires_at IS NULL OR expires_at > @now)";

/**
 * Reports in one SQLite file. WAL lets readers run while a share is written; synchronous=FULL makes a
 * create durable (fsynced) before it resolves, so an acknowledged share survives a crash of the process or
 * the machine. better-sqlite3 is synchronous; the async interface only matches the Postgres store.
 */
export class SqliteReportStore implements ReportStore {
  readonly kind = "sqlite";
  private readonly db: Database.Database;

  constructor(readonly path: string, migrations: readonly Migration[] = SQLITE_MIGRATIONS) {
    if (path !== ":memory:") mkdirSync(dirname(path), { recursive: true });
    this.db = new Database(path);
    this.db.pragma("journal_mode = WAL");
    this.db.pragma("synchronous = FULL");
    // Several processes (e.g. two `next start` on one host) may share the file.
    this.db.pragma("busy_timeout = 5000");
    this.migrate(migrations);
  }

  private migrate(migrations: readonly Migration[]): void {
    this.db.exec("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at INTEGER NOT NULL)");
    const applied = new Set(this.db.prepare("SELECT version FROM schema_migrations").pluck().all() as number[]);
    for (const migration of migrations) {
      if (applied.has(migration.version)) continue;
      // IMMEDIATE takes the write lock first, so two processes starting together do not both migrate.
      this.db.transaction(() => {
        const done = this.db.prepare("SELECT 1 FROM schema_migrations WHERE version = ?").get(migration.version);
        if (done) return;
        this.db.exec(migration.sql);
        this.db.prepare("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)").run(migration.version, migration.name, Date.now());
      }).immediate();
    }
  }

  /** The versions recorded in schema_migrations, for tests and diagnostics. */
  appliedMigrations(): number[] {
    return this.db.prepare("SELECT version FROM schema_migrations ORDER BY version").pluck().all() as number[];
  }

  async create(report: NewStoredReport): Promise<void> {
    this.db
      .prepare("INSERT INTO reports (id, document, delete_token_hash, dedupe_key, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?)")
      .run(report.id, report.document, report.deleteTokenHash, report.dedupeKey, report.createdAt.getTime(), report.expiresAt?.getTime() ?? null);
  }

  async get(id: string, now = new Date()): Promise<StoredReport | undefined> {
    const row = this.db.prepare(`SELECT * FROM reports WHERE id = @id AND ${LIVE}`).get({ id, now: now.getTime() }) as Row | undefined;
    return row && toReport(row);
  }

  async findByDedupeKey(dedupeKey: string, now = new Date()): Promise<StoredReport | undefined> {
    const row = this.db
      .prepare(`SELECT * FROM reports WHERE dedupe_key = @dedupeKey AND ${LIVE} ORDER BY created_at DESC LIMIT 1`)
      .get({ dedupeKey, now: now.getTime() }) as Row | undefined;
    return row && toReport(row);
  }

  async delete(id: string, deleteTokenHash: string, now = new Date()): Promise<DeleteOutcome> {
    return this.db.transaction((): DeleteOutcome => {
      const row = this.db.prepare(`SELECT delete_token_hash FROM reports WHERE id = @id AND ${LIVE}`).get({ id, now: now.getTime() }) as
        | Pick<Row, "delete_token_hash">
        | undefined;
      if (!row) return "not-found";
      if (!sameTokenHash(row.delete_token_hash, deleteTokenHash)) return "wrong-token";
      this.db.prepare("DELETE FROM reports WHERE id = ?").run(id);
      return "deleted";
    }).immediate();
  }

  async deleteExpired(now = new Date()): Promise<number> {
    return this.db.prepare("DELETE FROM reports WHERE expires_at IS NOT NULL AND expires_at <= ?").run(now.getTime()).changes;
  }

  async close(): Promise<void> {
    this.db.close();
  }
}
