import type { FileReport, Finding } from "../types";

/** A finding for formatter tests: `no-latest-tag` on line 1, with what a test sets changed. */
export function aFinding(overrides: Partial<Finding> = {}): Finding {
  return {
    rule: "no-latest-tag",
    aliases: [],
    severity: "warning",
    category: "reliability",
    message: "Pin it.",
    range: { start: { line: 1, column: 11 }, end: { line: 1, column: 17 } },
    fixes: [],
    ...overrides,
  };
}

/** A Dockerfile's report with these findings. */
export function aDockerfileReport(findings: Finding[], path = "Dockerfile"): FileReport {
  return { path, kind: "dockerfile", findings };
}
