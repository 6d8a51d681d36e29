import { describe, expect, it } from "vitest";
import { formatSaving } from "./format";

describe("formatSaving", () => {
  it("shows a saving as a negative change with its share", () => {
    expect(formatSaving(120_000_000, 412_000_000)).toBe("−120 MB (−29 %)");
    expect(formatSaving(-8_000_000, 400_000_000)).toBe("+8 MB (+2 %)");
    expect(formatSaving(0, 0)).toBe("±0 B (±0 %)");
  });
});
