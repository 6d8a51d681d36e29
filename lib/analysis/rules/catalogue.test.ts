import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { findingsOf } from "../testing/rule-tester";
import { findRule, RULES } from ".";

const here = fileURLToPath(new URL(".", import.meta.url));

describe("rule catalogue", () => {
  it("has unique ids and aliases", () => {
    const names = RULES.flatMap((rule) => [rule.meta.id, ...rule.meta.aliases].map((name) => name.toLowerCase()));
    expect(new Set(names).size).toBe(names.length);
  });

  describe.each(RULES.map((rule) => [rule.meta.id, rule]))("%s", (_id, rule) => {
    it("has complete metadata and docs", () => {
      expect(rule.meta.id).toMatch(/^(no|use|prefer|require|pin|avoid)-[a-z0-9-]+$/);
      expect(rule.meta.aliases.length).toBeGreaterThan(0);
      for (const [section, text] of Object.entries(rule.meta.docs)) {
        expect(text.trim().length, `docs.${section}`).toBeGreaterThan(10);
      }
    });

    it("has a test file with valid and invalid cases", () => {
      expect(existsSync(`${here}/${rule.meta.fileKind}/${rule.meta.id}.test.ts`)).toBe(true);
    });

    it("is triggered by its docs example and not by its 'use instead'", () => {
      const options = rule.meta.exampleOptions;
      expect(findingsOf(rule, rule.meta.docs.example, undefined, options).length).toBeGreaterThan(0);
      expect(findingsOf(rule, rule.meta.docs.useInstead, undefined, options)).toEqual([]);
    });

    it("is found by id and by every alias", () => {
      for (const name of [rule.meta.id, ...rule.meta.aliases]) expect(findRule(name)).toBe(rule);
    });
  });
});
