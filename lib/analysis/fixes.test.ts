import { describe, expect, it } from "vitest";
import type { Finding, Fix } from "@/lib/analysis";
import { planFixes } from "./fixes";

function fixAt(line: number, from: number, to: number, text: string, applicability: Fix["applicability"] = "safe"): Fix {
  return { title: text, applicability, edits: [{ range: { start: { line, column: from }, end: { line, column: to } }, text }] };
}

function findingWith(...fixes: Fix[]): Finding {
  const at = { line: 1, column: 1 };
  return { rule: "r", aliases: [], severity: "warning", category: "style", message: "", range: { start: at, end: at }, fixes };
}

describe("planFixes", () => {
  const text = "FROM node:20\nMAINTAINER me\nCMD node a.js\n";

  it("applies every safe fix and no unsafe or display-only one", () => {
    const plan = planFixes(text, [
      findingWith(fixAt(2, 1, 14, 'LABEL org.opencontainers.image.authors="me"')),
      findingWith(fixAt(3, 5, 14, '["node", "a.js"]')),
      findingWith(fixAt(1, 6, 13, "node:20-slim", "unsafe")),
      findingWith(fixAt(1, 6, 13, "node:20.1", "display-only")),
    ]);
    expect(plan.after).toBe('FROM node:20\nLABEL org.opencontainers.image.authors="me"\nCMD ["node", "a.js"]\n');
    expect(plan.fixes).toHaveLength(2);
    expect(plan.deferred).toBe(0);
  });

  it("takes unsafe fixes too when asked, never display-only ones", () => {
    const plan = planFixes(text, [findingWith(fixAt(1, 6, 13, "node:20-slim", "unsafe")), findingWith(fixAt(3, 5, 14, "x", "display-only"))], { unsafe: true });
    expect(plan.after).toBe("FROM node:20-slim\nMAINTAINER me\nCMD node a.js\n");
    expect(plan.fixes.map((fix) => fix.applicability)).toEqual(["unsafe"]);
  });

  it("defers a whole fix that overlaps one already taken", () => {
    const plan = planFixes(text, [findingWith(fixAt(3, 1, 14, "CMD a")), findingWith({ ...fixAt(1, 1, 5, "from"), edits: [fixAt(1, 1, 5, "from").edits[0]!, fixAt(3, 5, 8, "x").edits[0]!] })]);
    expect(plan.after).toBe("from node:20\nMAINTAINER me\nCMD xe a.js\n");
    expect(plan.fixes.map((fix) => fix.title)).toEqual(["from"]);
    expect(plan.deferred).toBe(1);
  });

  it("defers a second insertion at the same point", () => {
    const plan = planFixes(text, [findingWith(fixAt(2, 1, 1, "A\n")), findingWith(fixAt(2, 1, 1, "B\n"))]);
    expect(plan.after).toBe("FROM node:20\nA\nMAINTAINER me\nCMD node a.js\n");
    expect(plan.deferred).toBe(1);
  });
});
