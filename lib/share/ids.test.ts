import { describe, expect, it } from "vitest";
import { canonicalJson, isReportId, newReportId } from "./ids";

describe("ids", () => {
  it("makes 128-bit URL-safe ids that do not repeat", () => {
    const ids = new Set(Array.from({ length: 1000 }, newReportId));
    expect(ids.size).toBe(1000);
    for (const id of ids) {
      expect(id).toMatch(/^[A-Za-z0-9_-]{22}$/);
      expect(Buffer.from(id, "base64url")).toHaveLength(16);
      expect(isReportId(id)).toBe(true);
    }
    expect(isReportId("abc")).toBe(false);
    expect(isReportId("A".repeat(21) + "/")).toBe(false);
  });

  it("hashes objects alike whatever their key order", () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { z: 1, y: 2 }], c: 2 } })).toBe('{"a":{"c":2,"d":[1,{"y":2,"z":1}]},"b":1}');
  });
});

