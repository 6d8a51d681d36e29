import { describe, expect, it } from "vitest";
import { describeRecord, parseProgress, withQuizResult } from "./progress";

describe("lesson progress", () => {
  it("keeps each lesson's best quiz result", () => {
    let progress = withQuizResult({}, "small-layers", { found: 2, total: 4, wrongPicks: 1 });
    expect(progress).toEqual({ "small-layers": { found: 2, total: 4, perfect: false } });
    progress = withQuizResult(progress, "small-layers", { found: 1, total: 4, wrongPicks: 0 });
    expect(progress["small-layers"]).toEqual({ found: 2, total: 4, perfect: false });
    progress = withQuizResult(progress, "small-layers", { found: 4, total: 4, wrongPicks: 2 });
    expect(progress["small-layers"]).toEqual({ found: 4, total: 4, perfect: false });
    progress = withQuizResult(progress, "small-layers", { found: 4, total: 4, wrongPicks: 0 });
    expect(progress["small-layers"]).toEqual({ found: 4, total: 4, perfect: true });
    // A lesson with other problems now starts over.
    expect(withQuizResult(progress, "small-layers", { found: 1, total: 5, wrongPicks: 0 })["small-layers"]).toEqual({ found: 1, total: 5, perfect: false });
  });

  it("reads what was stored, leaving out what is not a record, and never throws", () => {
    const stored = JSON.stringify({ a: { found: 1, total: 2, perfect: false }, b: { found: 3, total: 2, perfect: false }, c: "x", d: { found: 1 } });
    expect(parseProgress(stored)).toEqual({ a: { found: 1, total: 2, perfect: false } });
    for (const text of [null, "", "{", "[]", "null", "42"]) expect(parseProgress(text)).toEqual({});
  });

  it("says how far a reader got", () => {
    expect(describeRecord({ found: 2, total: 4, perfect: false })).toBe("Quiz: 2 of 4 spotted");
    expect(describeRecord({ found: 4, total: 4, perfect: false })).toBe("Quiz: all 4 spotted");
    expect(describeRecord({ found: 4, total: 4, perfect: true })).toBe("Quiz: all 4 spotted, no wrong pick");
  });
});
