import { describe, expect, it } from "vitest";
import { closestMatch, editDistance } from "./similar";

describe("editDistance", () => {
  it.each([["RNU", "RUN", 1], ["builder", "buidler", 1], ["kitten", "sitting", 3], ["", "abc", 3]] as const)("%s → %s is %i", (a, b, distance) => {
    expect(editDistance(a, b)).toBe(distance);
  });
});

describe("editDistance with a bound", () => {
  it("agrees with the exact distance up to the bound and says only 'more' past it", () => {
    const words = ["restart", "restrat", "rsetart", "interval", "intervall", "limits", "limit", "kitten", "sitting", "", "ab", "ba", "abcdef", "badcfe"];
    for (const a of words) {
      for (const b of words) {
        for (const max of [0, 1, 2, 3]) expect(editDistance(a, b, max)).toBe(Math.min(editDistance(a, b), max + 1));
      }
    }
  });
});

describe("closestMatch", () => {
  it("suggests plausible typos only", () => {
    expect(closestMatch("NODE_VERSOIN", ["NODE_VERSION", "PORT"])).toBe("NODE_VERSION");
    expect(closestMatch("TAGS", ["TAG", "ARGS"])).toBe("TAG");
    expect(closestMatch("web", ["build", "runtime"])).toBeUndefined();
  });
});
