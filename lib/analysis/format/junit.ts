import type { Report } from "../types";
import { xmlText } from "./xml";

/**
 * JUnit XML: a test suite per file and a failing test case per finding, which GitLab's test reports, Jenkins and
 * Azure Pipelines show with their test results. A file without findings is one passing case.
 */
export function formatJunit(report: Report): string {
  const failures = report.files.reduce((sum, file) => sum + file.findings.length, 0);
  const tests = report.files.reduce((sum, file) => sum + Math.max(1, file.findings.length), 0);
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>', `<testsuites name="shipshape" tests="${tests}" failures="${failures}">`];
  for (const file of report.files) {
    const name = xmlText(file.path);
    lines.push(`  <testsuite name="${name}" tests="${Math.max(1, file.findings.length)}" failures="${file.findings.length}">`);
    if (file.findings.length === 0) lines.push(`    <testcase name="${name}" classname="${name}"/>`);
    for (const finding of file.findings) {
      const { line, column } = finding.range.start;
      const message = xmlText(finding.message);
      lines.push(
        `    <testcase name="${xmlText(finding.rule)} at ${line}:${column}" classname="${name}" file="${name}" line="${line}">`,
        `      <failure type="${finding.severity}" message="${message}">${name}:${line}:${column} ${finding.severity} ${xmlText(finding.rule)}: ${message}</failure>`,
        "    </testcase>",
      );
    }
    lines.push("  </testsuite>");
  }
  lines.push("</testsuites>");
  return lines.join("\n");
}
