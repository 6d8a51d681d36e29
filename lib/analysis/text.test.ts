import { describe, expect, it } from "vitest";
import { applyEdits, LineIndex } from "./text";

describe("LineIndex", () => {
  it("maps offsets to 1-based positions across \\n, \\r\\n and \\r", () => {
    const index = new LineIndex("ab\r\ncd\ref\n");
    expect(index.positionAt(0)).toEqual({ line: 1, column: 1 });
    expect(index.positionAt(4)).toEqual({ line: 2, column: 1 });
    expect(index.positionAt(7)).toEqual({ line: 3, column: 1 });
    expect(index.offsetAt({ line: 3, column: 2 })).toBe(8);
    expect(index.lineText(1)).toBe("ab");
    expect(index.lineCount).toBe(4);
  });

  it("counts columns in UTF-16 code units, like Monaco", () => {
    const index = new LineIndex("# 🐳 x");
    expect(index.positionAt(5)).toEqual({ line: 1, column: 6 });
  });
});

describe("applyEdits", () => {
  it("applies non-overlapping edits and skips overlapping ones", () => {
    const range = (a: number, b: number) => ({ start: { line: 1, column: a }, end: { line: 1, column: b } });
    const result = applyEdits("hello world", [
      { range: range(1, 6), text: "HELLO" },
      { range: range(3, 8), text: "x" },
      { range: range(12, 12), text: "!" },
    ]);
    expect(result.text).toBe("HELLO world!");
    expect(result.skipped).toHaveLength(1);
  });
});
