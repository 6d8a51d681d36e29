import { describe, expect, it } from "vitest";
import { analyze, detectKind } from "@/lib/analysis";
import { DEFAULT_EXAMPLE_ID, EXAMPLES, findExample } from "./index";

describe("examples", () => {
  it("have unique ids, and unique file paths within each", () => {
    expect(new Set(EXAMPLES.map((example) => example.id)).size).toBe(EXAMPLES.length);
    for (const example of EXAMPLES) expect(new Set(example.files.map((file) => file.path)).size).toBe(example.files.length);
    expect(findExample(DEFAULT_EXAMPLE_ID)).toBeDefined();
  });

  it("are reviewed without internal errors", () => {
    for (const example of EXAMPLES) {
      const report = analyze(example.files);
      expect(report.files.flatMap((file) => file.findings).filter((finding) => finding.rule === "internal-error"), example.id).toEqual([]);
    }
  });

  it("show problems when they are meant to (titles ending in “(bad)”)", () => {
    for (const example of EXAMPLES.filter((candidate) => candidate.title.endsWith("(bad)"))) {
      const dockerfiles = example.files.filter((file) => detectKind(file.path, file.content) === "dockerfile");
      expect(analyze(dockerfiles).files.flatMap((file) => file.findings).length, example.id).toBeGreaterThan(0);
    }
  });

  it("that teach a good practice draw no errors or warnings (advice at info level may remain)", () => {
    for (const example of EXAMPLES.filter((candidate) => !candidate.title.endsWith("(bad)"))) {
      const serious = analyze(example.files).files.flatMap((file) => file.findings.map((finding) => ({ path: file.path, rule: finding.rule, severity: finding.severity })))
        .filter((finding) => finding.severity === "error" || finding.severity === "warning");
      expect(serious, example.id).toEqual([]);
    }
  });
});
