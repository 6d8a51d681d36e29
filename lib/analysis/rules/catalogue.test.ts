import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { analyze } from "../engine";
import { DEFAULT_PATHS, findingsOf, splitFiles } from "../testing/rule-tester";
import { ENGINE_RULES, findRule, RULES } from ".";
import { HADOLINT_CODES } from "./names";

const here = fileURLToPath(new URL(".", import.meta.url));

describe("rule catalogue", () => {
  it("has unique ids and aliases", () => {
    const names = RULES.flatMap((rule) => [rule.meta.id, ...rule.meta.aliases].map((name) => name.toLowerCase()));
    expect(new Set(names).size).toBe(names.length);
  });

  describe.each(RULES.map((rule) => [rule.meta.id, rule]))("%s", (_id, rule) => {
    it("has complete metadata and docs", () => {
      // The engine's own checks (syntax errors, pragmas) report facts, not practices: they need no prefix or alias.
      if (!ENGINE_RULES.includes(rule)) {
        expect(rule.meta.id).toMatch(/^(no|use|prefer|require|pin|avoid)-[a-z0-9-]+$/);
        expect(rule.meta.aliases.length).toBeGreaterThan(0);
      }
      for (const [section, text] of Object.entries(rule.meta.docs)) {
        expect(text.trim().length, `docs.${section}`).toBeGreaterThan(10);
      }
    });

    it("has a test file with valid and invalid cases", () => {
      expect(existsSync(`${here}/${rule.meta.fileKind}/${rule.meta.id}.test.ts`)).toBe(true);
    });

    it("is triggered by its docs example and not by its 'use instead'", () => {
      const settings = rule.meta.exampleSettings;
      expect(findingsOf(rule, rule.meta.docs.example, undefined, {}, settings).length).toBeGreaterThan(0);
      expect(findingsOf(rule, rule.meta.docs.useInstead, undefined, {}, settings)).toEqual([]);
    });

    it("shows in its 'use instead' nothing another rule warns about (a missing USER aside, left out for brevity)", () => {
      const files = splitFiles(rule.meta.docs.useInstead, DEFAULT_PATHS[rule.meta.fileKind]);
      const others = analyze(files, { config: rule.meta.exampleSettings }).files.flatMap((report) => report.findings)
        .filter((finding) => (finding.severity === "error" || finding.severity === "warning") && finding.rule !== "no-root-user")
        .map((finding) => `${finding.rule}: ${finding.message}`);
      expect(others).toEqual([]);
    });

    it("is in the hadolint profile exactly when it has a hadolint code, at hadolint's severity", () => {
      const code = rule.meta.aliases.find((alias) => alias in HADOLINT_CODES);
      if (code) expect(rule.meta.profiles?.hadolint).toBe(HADOLINT_CODES[code]);
      else if (!ENGINE_RULES.includes(rule)) expect(rule.meta.profiles?.hadolint ?? "off").toBe("off");
    });

    it("is off by default exactly when its docs say so; only matters of taste stay off in strict", () => {
      const offByDefault = rule.meta.profiles?.recommended === "off";
      expect(rule.meta.docs.whenNotToUse.startsWith("Off by default")).toBe(offByDefault);
      if (rule.meta.profiles?.strict === "off") expect(rule.meta.category).toBe("style");
      if (offByDefault && rule.meta.category === "style") expect(rule.meta.profiles?.strict).toBe("off");
      // Opt-in is only `recommended: "off"`; a rule that is on reports at its `severity`.
      expect(rule.meta.profiles?.recommended ?? "off").toBe("off");
      expect(Object.keys(rule.meta)).not.toContain("enabledByDefault");
    });

    it("is found by id and by every alias", () => {
      for (const name of [rule.meta.id, ...rule.meta.aliases]) expect(findRule(name)).toBe(rule);
    });
  });
});
