import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { POSTGRES_MIGRATIONS } from "./migrations";
import { PostgresReportStore } from "./postgres";
import { describeReportStore } from "./testing/contract";

/**
 * Runs when a database is given (scripts/with-postgres.sh starts a throwaway cluster and sets it; `.ci/run`
 * uses it). Each run works in a schema of its own and drops it afterwards.
 */
const url = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
if (!url) console.warn("Postgres store tests skipped: set TEST_DATABASE_URL or run under scripts/with-postgres.sh");

const newSchema = () => `test_${randomBytes(6).toString("hex")}`;

describe.skipIf(!url)("postgres", () => {
  describeReportStore("postgres", async () => {
    const schema = newSchema();
    const store = await PostgresReportStore.open(url!, { schema });
    return {
      store,
      reopen: () => PostgresReportStore.open(url!, { schema }),
      cleanup: async () => {
        await store.dropSchema(schema);
        await store.close();
      },
    };
  });

  it("migrates once even when several instances start together", async () => {
    const schema = newSchema();
    const stores = await Promise.all([1, 2, 3].map(() => PostgresReportStore.open(url!, { schema, max: 2 })));
    try {
      expect(await stores[0]!.appliedMigrations()).toEqual(POSTGRES_MIGRATIONS.map((m) => m.version));
      const upgraded = await PostgresReportStore.open(url!, { schema }, [...POSTGRES_MIGRATIONS, { version: 2, name: "add note", sql: "ALTER TABLE reports ADD COLUMN note TEXT" }]);
      expect(await upgraded.appliedMigrations()).toEqual([1, 2]);
      await upgraded.close();
    } finally {
      await stores[0]!.dropSchema(schema);
      await Promise.all(stores.map((store) => store.close()));
    }
  });
});
