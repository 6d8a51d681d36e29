import { expect, it } from "vitest";
import { analyze } from "../../engine";
import { testRule } from "../../testing/rule-tester";
import rule from "./no-ineffective-dockerignore-pattern";

testRule(rule, {
  valid: [
    "node_modules\n*.md\n!README.md\n", "docs\n!docs/keep.md\n", "node_modules\nnode_modules/.cache\n!node_modules/.cache/x\n",
    // The last matching line decides, whether it starts with the same directory or with a wildcard.
    "**/*.txt\n!logs/keep.txt\nlogs/keep.txt\n",
    // Repeated after an exception, a line takes back what the exception let in.
    "*.md\n!README.md\n*.md\n",
  ],
  invalid: [
    { code: ".git\nnode_modules\n.git\n", ranges: ["3:1-3:5"], output: ".git\nnode_modules\n", applicability: "safe", messageIncludes: "repeats line 1" },
    // After the exception, the repeat of the repeat is the duplicate.
    { code: "*.md\n!README.md\n*.md\n*.md\n", ranges: ["4:1-4:5"], output: "*.md\n!README.md\n*.md\n", messageIncludes: "repeats line 3" },
    { code: "node_modules\nnode_modules/.cache\ndist", ranges: ["2:1-2:20"], output: "node_modules\ndist", messageIncludes: "already excluded by `node_modules`" },
    { code: "!config/app.conf\nconfig\n", ranges: ["1:1-1:17"], messageIncludes: "no earlier line excludes" },
    { code: "[abc\n!\n", ranges: ["1:1-1:5", "2:1-2:2"], messageIncludes: "not a valid pattern" },
    { code: "logs\n!logs/keep.txt\n**/*.txt\nlogs/keep.txt\n", ranges: ["4:1-4:14"], output: "logs\n!logs/keep.txt\n**/*.txt\n", messageIncludes: "already excluded by `**/*.txt` on line 3" },
  ],
});

it("stops looking for what decides about literal lines once a file has taken its budget of pattern tests", () => {
  // 1,000 `**/` lines, each of the 1,000 exceptions after them tried against all: more tests than the budget allows.
  const lines = [...Array.from({ length: 1000 }, (_, i) => `**/cache${i}`), ...Array.from({ length: 1000 }, (_, i) => `!src/keep${i}`)];
  const findings = analyze([{ path: ".dockerignore", content: `${lines.join("\n")}\n` }], { config: { rules: { "require-dockerignore-entries": "off" } } }).files[0]!.findings;
  const exceptions = findings.filter((finding) => finding.rule === "no-ineffective-dockerignore-pattern");
  expect(exceptions.length).toBeGreaterThan(100);
  expect(exceptions.length).toBeLessThan(1000);
  expect(exceptions[0]!.range.start.line).toBe(1001);
});
