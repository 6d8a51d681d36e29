import Database from "better-sqlite3";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { sqlitePath } from ".";
import { SQLITE_MIGRATIONS } from "./migrations";
import { SqliteReportStore } from "./sqlite";
import { describeReportStore } from "./testing/contract";

describeReportStore("sqlite", async () => {
  const dir = mkdtempSync(join(tmpdir(), "shipshape-sqlite-"));
  const path = join(dir, "nested", "reports.db");
  return {
    store: new SqliteReportStore(path),
    reopen: async () => new SqliteReportStore(path),
    cleanup: async () => rmSync(dir, { recursive: true, force: true }),
  };
});

describe("SqliteReportStore set-up", () => {
  it("creates its directory and file on first start, in WAL mode, with migrations recorded once", () => {
    const dir = mkdtempSync(join(tmpdir(), "shipshape-sqlite-"));
    try {
      const path = sqlitePath({ SHIPSHAPE_DATA_DIR: join(dir, "data") });
      expect(path).toBe(join(dir, "data", "reports.db"));
      const first = new SqliteReportStore(path);
      expect(first.appliedMigrations()).toEqual([1]);
      const second = new SqliteReportStore(path);
      expect(second.appliedMigrations()).toEqual([1]);
      void first.close();
      void second.close();
      const raw = new Database(path, { readonly: true });
      expect(raw.pragma("journal_mode", { simple: true })).toBe("wal");
      expect(raw.prepare("SELECT name FROM schema_migrations").pluck().all()).toEqual(["create reports"]);
      raw.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("applies a later migration to an existing database", () => {
    const dir = mkdtempSync(join(tmpdir(), "shipshape-sqlite-"));
    try {
      const path = join(dir, "reports.db");
      void new SqliteReportStore(path).close();
      const extra = { version: 2, name: "add note", sql: "ALTER TABLE reports ADD COLUMN note TEXT" };
      const upgraded = new SqliteReportStore(path, [...SQLITE_MIGRATIONS, extra]);
      expect(upgraded.appliedMigrations()).toEqual([1, 2]);
      void upgraded.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("defaults to ./data/reports.db", () => {
    expect(sqlitePath({})).toBe(join(process.cwd(), "data", "reports.db"));
  });
});
