import { describe, expect, it } from "vitest";
import { describeRecord, isComplete, parseProgress, withQuizResult } from "./progress";

describe("lesson progress", () => {
  it("keeps each lesson's best quiz result", () => {
    let progress = withQuizResult({}, "small-layers", { found: 2, total: 4, wrongPicks: 1 });
    expect(progress).toEqual({ "small-layers": { found: 2, total: 4, wrongPicks: 1 } });
    progress = withQuizResult(progress, "small-layers", { found: 3, total: 4, wrongPicks: 2 });
    expect(progress["small-layers"]).toEqual({ found: 3, total: 4, wrongPicks: 2 });
    progress = withQuizResult(progress, "small-layers", { found: 3, total: 4, wrongPicks: 1 });
    expect(progress["small-layers"]).toEqual({ found: 3, total: 4, wrongPicks: 1 });
    progress = withQuizResult(progress, "small-layers", { found: 4, total: 4, wrongPicks: 0 });
    expect(progress["small-layers"]).toEqual({ found: 4, total: 4, wrongPicks: 0 });
    progress = withQuizResult(progress, "small-layers", { found: 4, total: 4, wrongPicks: 1 });
    expect(progress["small-layers"]).toEqual({ found: 4, total: 4, wrongPicks: 0 });
    // A lesson with other problems now starts over.
    expect(withQuizResult(progress, "small-layers", { found: 1, total: 5, wrongPicks: 3 })["small-layers"]).toEqual({ found: 1, total: 5, wrongPicks: 3 });
  });

  it("ranks a try with no wrong pick above one that spotted more by picking wrong lines too", () => {
    // Picking every line spots every problem, with wrong picks: a clean partial answer beats it, either way round.
    const everything = { found: 2, total: 2, wrongPicks: 5 };
    const clean = { found: 1, total: 2, wrongPicks: 0 };
    expect(withQuizResult(withQuizResult({}, "non-root", everything), "non-root", clean)["non-root"]).toEqual(clean);
    expect(withQuizResult(withQuizResult({}, "non-root", clean), "non-root", everything)["non-root"]).toEqual(clean);
    expect(withQuizResult(withQuizResult({}, "non-root", clean), "non-root", { found: 0, total: 2, wrongPicks: 0 })["non-root"]).toEqual(clean);
  });

  it("counts a quiz complete only when every problem was spotted with no wrong pick", () => {
    expect(isComplete({ found: 2, total: 2, wrongPicks: 0 })).toBe(true);
    expect(isComplete({ found: 2, total: 2, wrongPicks: 5 })).toBe(false);
    expect(isComplete({ found: 1, total: 2, wrongPicks: 0 })).toBe(false);
  });

  it("reads what was stored, leaving out what is not a record, and never throws", () => {
    const stored = JSON.stringify({
      a: { found: 1, total: 2, wrongPicks: 0 },
      b: { found: 3, total: 2, wrongPicks: 0 },
      c: "x",
      d: { found: 1 },
      // The format before wrong picks were kept: it cannot tell whether a try was clean.
      e: { found: 2, total: 2, perfect: false },
      f: { found: 1, total: 2, wrongPicks: -1 },
    });
    expect(parseProgress(stored)).toEqual({ a: { found: 1, total: 2, wrongPicks: 0 } });
    for (const text of [null, "", "{", "[]", "null", "42"]) expect(parseProgress(text)).toEqual({});
  });

  it("says how far a reader got", () => {
    expect(describeRecord({ found: 2, total: 4, wrongPicks: 0 })).toBe("Quiz: 2 of 4 spotted");
    expect(describeRecord({ found: 2, total: 4, wrongPicks: 1 })).toBe("Quiz: 2 of 4 spotted, 1 wrong pick");
    expect(describeRecord({ found: 4, total: 4, wrongPicks: 5 })).toBe("Quiz: all 4 spotted, 5 wrong picks");
    expect(describeRecord({ found: 4, total: 4, wrongPicks: 0 })).toBe("Quiz: all 4 spotted, no wrong pick");
  });
});
