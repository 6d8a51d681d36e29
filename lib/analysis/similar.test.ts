import { describe, expect, it } from "vitest";
import { closestMatch, editDistance } from "./similar";

describe("editDistance", () => {
  it.each([["RNU", "RUN", 1], ["builder", "buidler", 1], ["kitten", "sitting", 3], ["", "abc", 3]] as const)("%s → %s is %i", (a, b, distance) => {
    expect(editDistance(a, b)).toBe(distance);
  });
});

describe("closestMatch", () => {
  it("suggests plausible typos only", () => {
    expect(closestMatch("NODE_VERSOIN", ["NODE_VERSION", "PORT"])).toBe("NODE_VERSION");
    expect(closestMatch("TAGS", ["TAG", "ARGS"])).toBe("TAG");
    expect(closestMatch("web", ["build", "runtime"])).toBeUndefined();
  });
});
