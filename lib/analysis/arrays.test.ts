import { describe, expect, it } from "vitest";
import { addPosition, firstAbove, SharedList } from "./arrays";

describe("SharedList", () => {
  it("keeps each copy's items as they were when it was made, whoever appends first", () => {
    const original = SharedList.of([1, 2]);
    const copy = original.copy();
    original.push(3);
    copy.push(4);
    const later = copy.copy();
    copy.push(5);
    later.push(6);
    expect(original.slice()).toEqual([1, 2, 3]);
    expect(copy.slice()).toEqual([1, 2, 4, 5]);
    expect(later.slice()).toEqual([1, 2, 4, 6]);
    expect(later.slice(2)).toEqual([4, 6]);
    expect([later.length, later.at(3), later.at(4), later.at(-1)]).toEqual([4, 6, undefined, undefined]);
    expect(later.some((item) => item === 5)).toBe(false);
    expect(copy.filter((item) => item > 2)).toEqual([4, 5]);
  });
});

describe("positions", () => {
  it("lists each key's positions once, in order, and finds the first after a position", () => {
    const positions = new Map<string, number[]>();
    for (const [key, position] of [["a", 1], ["b", 2], ["a", 4], ["a", 4], ["a", 9]] as const) addPosition(positions, key, position);
    expect(positions.get("a")).toEqual([1, 4, 9]);
    const a = positions.get("a")!;
    expect([0, 1, 3, 4, 8, 9, 12].map((position) => a[firstAbove(a, position)])).toEqual([1, 4, 4, 9, 9, undefined, undefined]);
    expect(firstAbove([], 3)).toBe(0);
  });
});
