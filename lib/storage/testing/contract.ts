import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { NewStoredReport, ReportStore } from "../types";

export interface StoreUnderTest {
  store: ReportStore;
  /** Opens a second store on the same data, to check that reports survive a reopen. */
  reopen(): Promise<ReportStore>;
  cleanup(): Promise<void>;
}

let counter = 0;
function newReport(overrides: Partial<NewStoredReport> = {}): NewStoredReport {
  counter += 1;
  return {
    id: `report-${counter}-${Math.random().toString(36).slice(2)}`,
    document: JSON.stringify({ files: [{ path: "Dockerfile", content: "FROM node:22\n" }], n: counter }),
    deleteTokenHash: "a".repeat(64),
    dedupeKey: null,
    createdAt: new Date("2026-01-01T00:00:00.000Z"),
    expiresAt: null,
    ...overrides,
  };
}

const T0 = new Date("2026-01-01T00:00:00.000Z");
const later = (ms: number) => new Date(T0.getTime() + ms);

/** The behaviour every ReportStore must have; run against each implementation. */
export function describeReportStore(name: string, open: () => Promise<StoreUnderTest>): void {
  describe(`ReportStore contract: ${name}`, () => {
    let subject: StoreUnderTest;
    let store: ReportStore;
    beforeAll(async () => {
      subject = await open();
      store = subject.store;
    });
    afterAll(async () => {
      await subject?.cleanup();
    });

    it("returns exactly what was stored", async () => {
      const document = JSON.stringify({ text: "ünïcødé ✓ 🐳 \u0000 \"quotes\" <script>", big: "x".repeat(200_000) });
      const report = newReport({ document, dedupeKey: "k1", expiresAt: later(60_000) });
      await store.create(report);
      const { deleteTokenHash: _hidden, ...expected } = report;
      expect(await store.get(report.id, T0)).toEqual(expected);
    });

    it("returns undefined for an unknown id", async () => {
      expect(await store.get("no-such-id")).toBeUndefined();
    });

    it("rejects a duplicate id", async () => {
      const report = newReport();
      await store.create(report);
      await expect(store.create({ ...report, document: "{}" })).rejects.toThrow();
      expect((await store.get(report.id))?.document).toBe(report.document);
    });

    it("hides expired reports and removes them on cleanup", async () => {
      const report = newReport({ createdAt: T0, expiresAt: later(1000) });
      await store.create(report);
      expect(await store.get(report.id, later(999))).toBeDefined();
      expect(await store.get(report.id, later(1000))).toBeUndefined();
      expect(await store.deleteExpired(later(999))).toBe(0);
      expect(await store.get(report.id, later(999))).toBeDefined();
      expect(await store.deleteExpired(later(1000))).toBeGreaterThanOrEqual(1);
      expect(await store.get(report.id, later(0))).toBeUndefined();
    });

    it("deletes only with the right token hash", async () => {
      const report = newReport({ deleteTokenHash: "b".repeat(64) });
      await store.create(report);
      expect(await store.delete(report.id, "c".repeat(64))).toBe("wrong-token");
      expect(await store.delete(report.id, "b".repeat(63))).toBe("wrong-token");
      expect(await store.get(report.id)).toBeDefined();
      expect(await store.delete(report.id, "b".repeat(64))).toBe("deleted");
      expect(await store.get(report.id)).toBeUndefined();
      expect(await store.delete(report.id, "b".repeat(64))).toBe("not-found");
    });

    it("treats an expired report as not found when deleting", async () => {
      const report = newReport({ expiresAt: later(10) });
      await store.create(report);
      expect(await store.delete(report.id, report.deleteTokenHash, later(10))).toBe("not-found");
    });

    it("finds a live report by dedupe key, the newest first", async () => {
      const key = `dedupe-${Math.random()}`;
      expect(await store.findByDedupeKey(key, T0)).toBeUndefined();
      const older = newReport({ dedupeKey: key, createdAt: T0 });
      const newer = newReport({ dedupeKey: key, createdAt: later(5), expiresAt: later(100) });
      await store.create(older);
      await store.create(newer);
      expect((await store.findByDedupeKey(key, later(50)))?.id).toBe(newer.id);
      expect((await store.findByDedupeKey(key, later(100)))?.id).toBe(older.id);
      expect(await store.findByDedupeKey("other", T0)).toBeUndefined();
    });

    it("keeps reports across a reopen and does not re-run migrations", async () => {
      const report = newReport();
      await store.create(report);
      const reopened = await subject.reopen();
      try {
        expect((await reopened.get(report.id))?.document).toBe(report.document);
      } finally {
        await reopened.close();
      }
    });

    it("serves concurrent creates and reads", async () => {
      const reports = Array.from({ length: 40 }, () => newReport());
      await Promise.all(reports.map((report) => store.create(report)));
      const read = await Promise.all(reports.map((report) => store.get(report.id)));
      expect(read.map((report) => report?.document)).toEqual(reports.map((report) => report.document));
    });
  });
}
