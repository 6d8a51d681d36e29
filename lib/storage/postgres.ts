import pg from "pg";
import { sameTokenHash } from "./hash-compare";
import { POSTGRES_MIGRATIONS } from "./migrations";
import type { DeleteOutcome, Migration, NewStoredReport, ReportStore, StoredReport } from "./types";

interface Row {
  id: string;
  document: string;
  delete_token_hash: string;
  dedupe_key: string | null;
  created_at: Date;
  expires_at: Date | null;
}

function toReport(row: Row): StoredReport {
  return { id: row.id, document: row.document, dedupeKey: row.dedupe_key, createdAt: row.created_at, expiresAt: row.expires_at };
}

const LIVE = "(expires_at IS NULL OR expires_at > $2)";
/** Any constant: every instance takes the same advisory lock while it migrates. */
const MIGRATION_LOCK = 0x5_4a1e;

export interface PostgresStoreOptions {
  /** A schema to create and use instead of `public` (tests use one per run). */
  schema?: string;
  max?: number;
}

/**
 * Reports in Postgres, for several app instances behind a load balancer. A create resolves after COMMIT,
 * so an acknowledged share is durable.
 */
export class PostgresReportStore implements ReportStore {
  readonly kind = "postgres";

  private constructor(private readonly pool: pg.Pool) {}

  /** Connects, creates the schema when asked, and applies pending migrations. */
  static async open(connectionString: string, options: PostgresStoreOptions = {}, migrations: readonly Migration[] = POSTGRES_MIGRATIONS): Promise<PostgresReportStore> {
    const { schema } = options;
    if (schema !== undefined && !/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error(`invalid schema name "${schema}"`);
    const pool = new pg.Pool({
      connectionString,
      max: options.max ?? 10,
      ...(schema ? { options: `-c search_path=${schema}` } : {}),
    });
    // An idle client that loses its connection emits "error"; without a listener that would crash the process.
    pool.on("error", (error) => console.error("shipshape: postgres pool error:", error.message));
    const store = new PostgresReportStore(pool);
    try {
      await store.migrate(migrations, schema);
    } catch (error) {
      await pool.end();
      throw error;
    }
    return store;
  }

  private async migrate(migrations: readonly Migration[], schema: string | undefined): Promise<void> {
    const client = await this.pool.connect();
    try {
      await client.query("BEGIN");
      await client.query("SELECT pg_advisory_xact_lock($1)", [MIGRATION_LOCK]);
      if (schema) await client.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
      await client.query("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())");
      const { rows } = await client.query<{ version: number }>("SELECT version FROM schema_migrations");
      const applied = new Set(rows.map((row) => row.version));
      for (const migration of migrations) {
        if (applied.has(migration.version)) continue;
        await client.query(migration.sql);
        await client.query("INSERT INTO schema_migrations (version, name) VALUES ($1, $2)", [migration.version, migration.name]);
      }
      await client.query("COMMIT");
    } catch (error) {
      await client.query("ROLLBACK").catch(() => {});
      throw error;
    } finally {
      client.release();
    }
  }

  async appliedMigrations(): Promise<number[]> {
    const { rows } = await this.pool.query<{ version: number }>("SELECT version FROM schema_migrations ORDER BY version");
    return rows.map((row) => row.version);
  }

  async create(report: NewStoredReport): Promise<void> {
    await this.pool.query(
      "INSERT INTO reports (id, document, delete_token_hash, dedupe_key, created_at, expires_at) VALUES ($1, $2, $3, $4, $5, $6)",
      [report.id, report.document, report.deleteTokenHash, report.dedupeKey, report.createdAt, report.expiresAt],
    );
  }

  async get(id: string, now = new Date()): Promise<StoredReport | undefined> {
    const { rows } = await this.pool.query<Row>(`SELECT * FROM reports WHERE id = $1 AND ${LIVE}`, [id, now]);
    return rows[0] && toReport(rows[0]);
  }

  async findByDedupeKey(dedupeKey: string, now = new Date()): Promise<StoredReport | undefined> {
    const { rows } = await this.pool.query<Row>(`SELECT * FROM reports WHERE dedupe_key = $1 AND ${LIVE} ORDER BY created_at DESC LIMIT 1`, [dedupeKey, now]);
    return rows[0] && toReport(rows[0]);
  }

  async delete(id: string, deleteTokenHash: string, now = new Date()): Promise<DeleteOutcome> {
    const { rows } = await this.pool.query<Pick<Row, "delete_token_hash">>(`SELECT delete_token_hash FROM reports WHERE id = $1 AND ${LIVE}`, [id, now]);
    const row = rows[0];
    if (!row) return "not-found";
    if (!sameTokenHash(row.delete_token_hash, deleteTokenHash)) return "wrong-token";
    // The hash is re-checked in the statement: a concurrent delete makes this a no-op, reported as not found.
    const result = await this.pool.query("DELETE FROM reports WHERE id = $1 AND delete_token_hash = $2", [id, row.delete_token_hash]);
    return result.rowCount === 1 ? "deleted" : "not-found";
  }

  async deleteExpired(now = new Date()): Promise<number> {
    const result = await this.pool.query("DELETE FROM reports WHERE expires_at IS NOT NULL AND expires_at <= $1", [now]);
    return result.rowCount ?? 0;
  }

  /** Drops a schema created for a test run (only through this helper, never `public`). */
  async dropSchema(schema: string): Promise<void> {
    if (!/^[a-z_][a-z0-9_]*$/.test(schema) || schema === "public") throw new Error(`refusing to drop schema "${schema}"`);
    await this.pool.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
