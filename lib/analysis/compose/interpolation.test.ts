import { describe, expect, it } from "vitest";
import { scanInterpolation, withDefaults } from "./interpolation";

describe("compose interpolation", () => {
  it("finds every reference form with its operator and argument", () => {
    const { references, errors } = scanInterpolation("$A ${B} ${C:-x} ${D-y} ${E:?need E} ${F?e} ${G:+alt} ${H+alt} $$I");
    expect(errors).toEqual([]);
    expect(references.map(({ name, operator, argument }) => [name, operator, argument])).toEqual([
      ["A", "", ""], ["B", "", ""], ["C", ":-", "x"], ["D", "-", "y"], ["E", ":?", "need E"], ["F", "?", "e"], ["G", ":+", "alt"], ["H", "+", "alt"],
    ]);
  });

  it("reports malformed references with their offsets", () => {
    expect(scanInterpolation("a ${1} b ${A:=x} c ${OPEN").errors).toEqual([
      { start: 2, end: 6, reason: "`${1}` is not a valid variable reference" },
      { start: 9, end: 16, reason: "`${A:=x}` is not a valid variable reference" },
      { start: 19, end: 25, reason: "`${` is never closed with `}`" },
    ]);
  });

  it("resolves defaults, nested defaults and $$, and gives up on values only the environment knows", () => {
    expect(withDefaults("${REGISTRY:-docker.io}/app:${TAG:-${VERSION:-1.2}}")).toBe("docker.io/app:1.2");
    expect(withDefaults("cost: $$5")).toBe("cost: $5");
    expect(withDefaults("${IMAGE}")).toBeUndefined();
    expect(withDefaults("${IMAGE:?set IMAGE}")).toBeUndefined();
    expect(withDefaults("plain")).toBe("plain");
  });

  it("gives up on defaults nested past 32 levels instead of overflowing the stack", () => {
    const nested = (depth: number) => "${A-".repeat(depth) + "end" + "}".repeat(depth);
    expect(withDefaults(nested(33))).toBe("end");
    expect(withDefaults(nested(34))).toBeUndefined();
    expect(withDefaults(nested(5_000))).toBeUndefined();
  });
});
