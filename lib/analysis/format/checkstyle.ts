import type { Report, Severity } from "../types";

/** Checkstyle XML, which Jenkins (Warnings Next Generation), SonarQube and many CI servers import. */
const SEVERITY: Record<Severity, string> = { error: "error", warning: "warning", info: "info", style: "info" };

/** Text as an XML attribute value: markup escaped, and the control characters XML 1.0 forbids left out. */
function attribute(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, "")
    .replace(/[&<>"']/g, (ch) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[ch]!)
    .replace(/\n/g, "&#10;")
    .replace(/\r/g, "&#13;")
    .replace(/\t/g, "&#9;");
}

export function formatCheckstyle(report: Report): string {
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>', '<checkstyle version="4.3">'];
  for (const file of report.files) {
    lines.push(`  <file name="${attribute(file.path)}">`);
    for (const finding of file.findings) {
      const { line, column } = finding.range.start;
      lines.push(`    <error line="${line}" column="${column}" severity="${SEVERITY[finding.severity]}" message="${attribute(finding.message)}" source="shipshape.${attribute(finding.rule)}"/>`);
    }
    lines.push("  </file>");
  }
  lines.push("</checkstyle>");
  return lines.join("\n");
}
