import { describe, expect, it } from "vitest";
import { formatSaving, plainText } from "./format";

describe("formatSaving", () => {
  it("shows a saving as a negative change with its share", () => {
    expect(formatSaving(120_000_000, 412_000_000)).toBe("−120 MB (−29 %)");
    expect(formatSaving(-8_000_000, 400_000_000)).toBe("+8 MB (+2 %)");
    expect(formatSaving(0, 0)).toBe("±0 B (±0 %)");
  });

  it("says a change under 1 % is less than 1 %, not 0 %", () => {
    expect(formatSaving(875_000, 200_000_000)).toBe("−875 kB (<1 %)");
    expect(formatSaving(-875_000, 200_000_000)).toBe("+875 kB (<1 %)");
  });
});

describe("plainText", () => {
  it("drops the backticks that mark code", () => {
    expect(plainText("Add `--no-cache-dir` to `pip install`")).toBe("Add --no-cache-dir to pip install");
  });
});
