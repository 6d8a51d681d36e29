import { describe, expect, it } from "vitest";
import { findRule } from "@/lib/analysis";
import { defaultSeverity } from "./severity";

describe("defaultSeverity", () => {
  it("says a rule off by default is off, and what it reports at when turned on", () => {
    expect(defaultSeverity(findRule("no-writable-root-filesystem")!)).toBe("off (info when turned on)");
    expect(defaultSeverity(findRule("no-latest-tag")!)).toBe(findRule("no-latest-tag")!.meta.severity);
  });
});
