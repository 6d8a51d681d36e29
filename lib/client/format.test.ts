import { describe, expect, it } from "vitest";
import { formatBytes, formatSaving } from "./format";

describe("formatBytes", () => {
  it("uses the unit a person expects", () => {
    expect(formatBytes(840_000)).toBe("840 KB");
    expect(formatBytes(3_240_000)).toBe("3.2 MB");
    expect(formatBytes(412_400_000)).toBe("412 MB");
    expect(formatBytes(1_240_000_000)).toBe("1.2 GB");
  });
});

describe("formatSaving", () => {
  it("shows a saving as a negative change with its share", () => {
    expect(formatSaving(120_000_000, 412_000_000)).toBe("−120 MB (−29 %)");
    expect(formatSaving(-8_000_000, 400_000_000)).toBe("+8.0 MB (+2 %)");
    expect(formatSaving(0, 0)).toBe("±0 KB (±0 %)");
  });
});
