import { describe, expect, it } from "vitest";
import { findingsOf, testRule } from "../../testing/rule-tester";
import rule from "./no-invalid-yaml";

testRule(rule, {
  valid: [
    "services:\n  web:\n    image: nginx:1.27\n",
    "x-base: &base\n  restart: always\nservices:\n  web:\n    <<: *base\n    image: nginx:1.27\n",
    "",
    // Anchors reused by many services are no "billion laughs": 120 merges of an anchor that holds another alias.
    `x-logging: &logging\n  driver: json-file\nx-common: &common\n  restart: unless-stopped\n  logging: *logging\nservices:\n${Array.from({ length: 120 }, (_, i) => `  s${i}: {<<: *common, image: "x:1"}\n`).join("")}`,
    // Compose's merge tags in an override file.
    { code: "services:\n  web:\n    restart: !reset null\n    ports: !override [\"8080:80\"]\n", path: "compose.override.yaml" },
  ],
  invalid: [
    { code: "services:\n  web:\n    image: nginx:1.27\n    image: nginx:1.26\n", ranges: ["4:5-4:10"], messageIncludes: "Compose refuses the file" },
    { code: "services:\n  web:\n\timage: nginx\n", ranges: ["3:1-3:2"], messageIncludes: "Tabs" },
    { code: "services: {}\n---\nservices: {}\n", ranges: ["2:1-2:4"], messageIncludes: "several YAML documents" },
    // Never closed: the line that opens the bracket or quote, not the empty end of the text.
    { code: "services:\n  web: [a\n", ranges: ["2:3-2:10"] },
    { code: "services:\n  web:\n    image: \"nginx\n\n", ranges: ["3:5-3:18"], messageIncludes: "Missing closing \"quote" },
    { code: "services:\n  web:\n    image: *nope\n", ranges: ["3:12-3:17"], messageIncludes: "The alias `*nope` names no anchor `&nope` set before it" },
  ],
});

/** Inputs built to exhaust a parser are answered with one finding (the time they take is measured in bench/). */
describe("no-invalid-yaml on hostile input", () => {
  it("stops an alias bomb", () => {
    const levels = ["a: &a [x, x, x, x, x, x, x, x, x]"];
    for (let i = 1; i < 9; i++) levels.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill(`*${String.fromCharCode(96 + i)}`).join(", ")}]`);
    const findings = findingsOf(rule, `${levels.join("\n")}\n`);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toContain("billion laughs");
    expect(findings[0]!.range).toEqual({ start: { line: 2, column: 8 }, end: { line: 2, column: 10 } });
  });

  it("refuses a 10 MB document without parsing it", () => {
    const findings = findingsOf(rule, `services:\n${"  # padding padding padding padding padding padding\n".repeat(200_000)}`);
    expect(findings.map((finding) => finding.message)).toEqual([expect.stringContaining("10.4 MB")]);
  });

  it("refuses deep nesting in flow and block style", () => {
    expect(findingsOf(rule, `a: ${"[".repeat(50_000)}${"]".repeat(50_000)}\n`)[0]!.message).toContain("nests more than 100 levels");
    const block = Array.from({ length: 150 }, (_, depth) => `${" ".repeat(depth)}k${depth}:`).join("\n");
    expect(findingsOf(rule, `${block}\n`)[0]!.message).toContain("nests more than 100 levels");
  });
});
