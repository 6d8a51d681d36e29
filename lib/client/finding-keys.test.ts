import { describe, expect, it } from "vitest";
import type { Finding } from "@/lib/analysis";
import { findingKeys } from "./finding-keys";

function finding(rule: string, line: number, column: number, message = rule): Finding {
  const at = { line, column };
  return { rule, aliases: [], severity: "error", category: "correctness", message, range: { start: at, end: at }, fixes: [] };
}

describe("findingKeys", () => {
  it("gives findings of one rule at one place keys of their own", () => {
    const findings = [finding("yaml-syntax", 4, 4, "a"), finding("yaml-syntax", 4, 4, "b"), finding("yaml-syntax", 5, 1), finding("yaml-syntax", 4, 4, "c")];
    const keys = findingKeys("f1", findings);
    expect(findings.map((each) => keys.get(each))).toEqual(["f1:yaml-syntax@4:4", "f1:yaml-syntax@4:4#2", "f1:yaml-syntax@5:1", "f1:yaml-syntax@4:4#3"]);
  });

  it("keeps a finding's key when another review finds it at the same place", () => {
    expect(findingKeys("f1", [finding("no-latest-tag", 1, 6)]).values().next().value).toBe(
      findingKeys("f1", [finding("no-latest-tag", 1, 6)]).values().next().value,
    );
  });
});
