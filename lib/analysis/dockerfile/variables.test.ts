import { describe, expect, it } from "vitest";
import { ANY, expand, Frame } from "./variables";

const scope = new Frame(new Frame(undefined, "VERSION", "3.13.1rc2", "env"), "ARCH", "linux-amd64", "env");

describe("expand", () => {
  it("removes shell patterns only when asked (RUN words), and stays unknown otherwise", () => {
    const shell = { shellPatterns: true };
    expect(expand("${VERSION%%[a-z]*}", scope, "\\", shell)).toBe("3.13.1");
    expect(expand("${VERSION%.*}", scope, "\\", shell)).toBe("3.13");
    expect(expand("${VERSION%%.*}", scope, "\\", shell)).toBe("3");
    expect(expand("${ARCH#*-}", scope, "\\", shell)).toBe("amd64");
    expect(expand("${ARCH##*[-]}", scope, "\\", shell)).toBe("amd64");
    expect(expand("${ARCH#x}", scope, "\\", shell)).toBe("linux-amd64");
    expect(expand("${VERSION%%[a-z]*}", scope)).toBeUndefined();
    expect(expand("${MISSING%%x}", scope, "\\", shell)).toBeUndefined();
  });

  it("gives up on values that grow past 64 KiB or nest past 32 levels, which only hostile files write", () => {
    let doubling: Frame = new Frame(undefined, "A0", "x".repeat(16), "arg");
    for (let i = 1; i <= 40; i++) doubling = new Frame(doubling, `A${i}`, expand(`\${A${i - 1}}\${A${i - 1}}`, doubling), "arg");
    expect(expand("$A12", doubling)).toHaveLength(65_536);
    expect(expand("$A13", doubling)).toBeUndefined();
    expect(expand("$A40", doubling)).toBeUndefined();
    const nested = (depth: number) => "${X-".repeat(depth) + "end" + "}".repeat(depth);
    expect(expand(nested(33), scope)).toBe("end");
    expect(expand(nested(34), scope)).toBeUndefined();
    expect(expand(nested(5_000), scope)).toBeUndefined();
  });
});

describe("Frame", () => {
  it("finds the nearest definition however deep the chain, and falls back on what a base image sets", () => {
    const base = new Frame(undefined, ANY, undefined, "env");
    let deep = new Frame(base, "A", "first", "env");
    for (let i = 0; i < 100; i++) deep = new Frame(deep, `V${i}`, String(i), "env");
    const shadowed = new Frame(deep, "A", "second", "env");
    expect(deep.lookup("A")).toEqual({ value: "first" });
    expect(shadowed.lookup("A")).toEqual({ value: "second" });
    expect(shadowed.lookup("V3")).toEqual({ value: "3" });
    // Not set by the file: the base image's unknown value, found without walking every frame.
    expect(shadowed.lookup("PATH")).toEqual({ value: undefined });
    expect(new Frame(undefined, "X", "1", "arg").lookup("PATH")).toBeUndefined();
  });

  it("keeps the scopes of two children of one frame apart (stages built on one stage)", () => {
    let parent = new Frame(undefined, "P", "p", "env");
    for (let i = 0; i < 50; i++) parent = new Frame(parent, `Q${i}`, "q", "env");
    let left = new Frame(parent, "SIDE", "left", "env");
    let right = new Frame(parent, "SIDE", "right", "env");
    for (let i = 0; i < 50; i++) {
      left = new Frame(left, `L${i}`, "l", "env");
      right = new Frame(right, `R${i}`, "r", "env");
    }
    expect([left.lookup("SIDE"), right.lookup("SIDE")]).toEqual([{ value: "left" }, { value: "right" }]);
    expect([left.lookup("R1"), right.lookup("L1"), right.lookup("P")]).toEqual([undefined, undefined, { value: "p" }]);
  });
});
