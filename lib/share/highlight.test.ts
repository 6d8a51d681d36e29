import { describe, expect, it } from "vitest";
import { highlightLines } from "./highlight";

const range = (a: string) => {
  const [start, end] = a.split("-").map((p) => p.split(":").map(Number)) as [[number, number], [number, number]];
  return { start: { line: start[0], column: start[1] }, end: { line: end[0], column: end[1] } };
};

describe("highlightLines", () => {
  it("splits lines into runs covered by the same marks, including overlaps", () => {
    const lines = highlightLines("FROM node:latest\nCMD node\n", [
      { key: "a", range: range("1:6-1:17") },
      { key: "b", range: range("1:11-1:17") },
    ]);
    expect(lines).toEqual([
      { number: 1, marks: ["a", "b"], segments: [{ text: "FROM ", marks: [] }, { text: "node:", marks: ["a"] }, { text: "latest", marks: ["a", "b"] }] },
      { number: 2, marks: [], segments: [{ text: "CMD node", marks: [] }] },
    ]);
  });

  it("spreads a multi-line range over its lines and keeps empty ranges on the line", () => {
    const lines = highlightLines("RUN a \\\n  && b\nUSER x", [
      { key: "m", range: range("1:5-2:7") },
      { key: "empty", range: range("3:1-3:1") },
    ]);
    expect(lines.map((line) => line.segments)).toEqual([
      [{ text: "RUN ", marks: [] }, { text: "a \\", marks: ["m"] }],
      [{ text: "  && b", marks: ["m"] }],
      [{ text: "USER x", marks: [] }],
    ]);
    expect(lines[2]!.marks).toEqual(["empty"]);
  });

  it("clamps ranges past the end of a line or the file, and handles an empty file", () => {
    expect(highlightLines("ab", [{ key: "x", range: range("1:2-9:1") }])[0]!.segments).toEqual([{ text: "a", marks: [] }, { text: "b", marks: ["x"] }]);
    expect(highlightLines("", [])).toEqual([{ number: 1, marks: [], segments: [{ text: "", marks: [] }] }]);
    expect(highlightLines("a\r\nb\r\n", []).map((line) => line.segments[0]!.text)).toEqual(["a", "b"]);
  });
});
