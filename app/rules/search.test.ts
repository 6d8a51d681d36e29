import { describe, expect, it } from "vitest";
import { RULES } from "@/lib/analysis";
import { matchesRuleQuery } from "./search";

const found = (query: string) => RULES.filter(({ meta }) => matchesRuleQuery(meta, query)).map(({ meta }) => meta);

describe("matchesRuleQuery", () => {
  it("finds rules by category", () => {
    const security = RULES.filter(({ meta }) => meta.category === "security").length;
    expect(security).toBeGreaterThan(2);
    expect(found("security").length).toBeGreaterThanOrEqual(security);
  });

  it("finds rules by the tool their aliases come from", () => {
    const hadolint = found("hadolint");
    expect(hadolint.length).toBeGreaterThan(40);
    expect(hadolint.map((meta) => meta.id)).toContain("no-latest-tag");
    expect(found("checkov").every((meta) => meta.aliases.some((alias) => alias.startsWith("CKV_")))).toBe(true);
    expect(found("checkov").length).toBeGreaterThan(0);
  });

  it("still finds a rule by an alias and wants every word", () => {
    expect(found("DL3007").map((meta) => meta.id)).toEqual(["no-latest-tag"]);
    const both = found("hadolint security");
    expect(both.length).toBeGreaterThan(0);
    expect(both.every((meta) => meta.category === "security" || meta.docs.summary.toLowerCase().includes("security"))).toBe(true);
    expect(found("")).toHaveLength(RULES.length);
  });
});
