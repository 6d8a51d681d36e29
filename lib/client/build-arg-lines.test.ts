import { describe, expect, it } from "vitest";
import { reviewBuildArgLines } from "./build-arg-lines";

describe("reviewBuildArgLines", () => {
  it("says a line has no name before `=` instead of quoting an empty name", () => {
    const { problems } = reviewBuildArgLines("NODE_VERSION=22\n\n# a comment\n=v\n  = spaced\nBAD NAME=x");
    expect(problems).toEqual([
      "Line 4 has no name before `=`.",
      "Line 5 has no name before `=`.",
      "Line 6: `BAD NAME` is not an ARG name (letters, digits, _, . and -, not starting with a digit).",
    ]);
  });

  it("warns that the last of a repeated name wins, and still takes it", () => {
    const review = reviewBuildArgLines("NODE_VERSION=20\nAPP_ENV=prod\nNODE_VERSION=22\nNODE_VERSION=23");
    expect(review.args).toEqual({ NODE_VERSION: "23", APP_ENV: "prod" });
    expect(review.problems).toEqual([]);
    expect(review.warnings).toEqual(["`NODE_VERSION` is set on lines 1, 3 and 4: the last one, line 4, wins."]);
  });
});
