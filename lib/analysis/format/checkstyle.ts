import type { Report, Severity } from "../types";
import { xmlText } from "./xml";

/** Checkstyle XML, which Jenkins (Warnings Next Generation), SonarQube and many CI servers import. */
const SEVERITY: Record<Severity, string> = { error: "error", warning: "warning", info: "info", style: "info" };

export function formatCheckstyle(report: Report): string {
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>', '<checkstyle version="4.3">'];
  for (const file of report.files) {
    lines.push(`  <file name="${xmlText(file.path)}">`);
    for (const finding of file.findings) {
      const { line, column } = finding.range.start;
      lines.push(`    <error line="${line}" column="${column}" severity="${SEVERITY[finding.severity]}" message="${xmlText(finding.message)}" source="shipshape.${xmlText(finding.rule)}"/>`);
    }
    lines.push("  </file>");
  }
  lines.push("</checkstyle>");
  return lines.join("\n");
}
