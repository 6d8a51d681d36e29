import { SEVERITIES, type Report, type Severity } from "../types";
import { ENGINE_VERSION } from "../version";
import { formatBytes } from "../size/bytes";
import { ruleUrl } from "./links";
import { countFindings, plural, severityBreakdown, sumCounts } from "./summary";

/** An image-size estimate to compare, e.g. as shared and after the suggested fixes. */
export interface SizeComparison {
  label: string;
  currentBytes: number;
  suggestedBytes?: number;
}

export interface MarkdownOptions {
  /** A link back to the full review (the shared report's URL). */
  reportUrl?: string;
  rulesBaseUrl?: string;
  sizes?: readonly SizeComparison[];
}

const SEVERITY_LABEL: Record<Severity, string> = { error: "Error", warning: "Warning", info: "Info", style: "Style" };

/** Text that cannot break out of an inline code span: backticks are matched by a longer fence. */
function code(text: string): string {
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((match) => match[0].length));
  const fence = "`".repeat(longest + 1);
  const pad = text.startsWith("`") || text.endsWith("`") ? " " : "";
  return `${fence}${pad}${text.replace(/\r?\n/g, " ")}${pad}${fence}`;
}

const ESCAPED: Record<string, string> = { "<": "&lt;", ">": "&gt;", "&": "&amp;", "|": "\\|" };

/**
 * Keeps a message on one line and stops raw HTML and table syntax from being interpreted. Code spans are left as they
 * are (CommonMark shows `&amp;` there as written), except for `|` in a table cell, which GFM needs escaped even there.
 */
function inline(text: string, { table = false } = {}): string {
  const escape = (plain: string) => plain.replace(/[<>&|]/g, (ch) => ESCAPED[ch]!);
  const line = text.replace(/\r?\n/g, " ");
  let out = "";
  let at = 0;
  // A code span runs from a run of backticks to the next run of the same length (CommonMark §6.1).
  for (let open = line.indexOf("`"); open !== -1; open = line.indexOf("`", at)) {
    const fence = /^`+/.exec(line.slice(open))![0];
    let close = -1;
    for (const run of line.slice(open + fence.length).matchAll(/`+/g)) {
      if (run[0].length === fence.length) {
        close = open + fence.length + run.index;
        break;
      }
    }
    if (close === -1) {
      out += escape(line.slice(at, open + fence.length));
      at = open + fence.length;
      continue;
    }
    const span = line.slice(open, close + fence.length);
    out += escape(line.slice(at, open)) + (table ? span.replaceAll("|", "\\|") : span);
    at = close + fence.length;
  }
  return out + escape(line.slice(at));
}

/** A review for a pull-request comment or a ticket: summary table, findings with rule links, sizes. */
export function formatMarkdown(report: Report, options: MarkdownOptions = {}): string {
  const { total, files } = countFindings(report);
  const count = sumCounts(total);
  const out: string[] = ["## Shipshape review", ""];
  const breakdown = severityBreakdown(total);
  out.push(
    count === 0
      ? `No findings in ${plural(report.files.length, "file")}.`
      : `**${plural(count, "finding")}** in ${plural(report.files.length, "file")} (${breakdown}).`,
    "",
  );
  if (report.files.length > 0) {
    out.push(`| File | ${SEVERITIES.map((s) => SEVERITY_LABEL[s]).join(" | ")} |`, `| --- | ${SEVERITIES.map(() => "---:").join(" | ")} |`);
    for (const file of files) out.push(`| ${inline(code(file.path), { table: true })} | ${SEVERITIES.map((s) => file.counts[s]).join(" | ")} |`);
    out.push("");
  }
  for (const file of report.files) {
    if (file.findings.length === 0) continue;
    out.push(`### ${code(file.path)}`, "");
    for (const finding of file.findings) {
      const { line, column } = finding.range.start;
      const fix = finding.fixes.some((f) => f.applicability === "safe") ? " _(safe fix available)_" : "";
      out.push(`- **${finding.severity}** [\`${finding.rule}\`](${ruleUrl(finding.rule, options.rulesBaseUrl)}) line ${line}, column ${column}: ${inline(finding.message)}${fix}`);
    }
    out.push("");
  }
  if (options.sizes && options.sizes.length > 0) {
    out.push("### Image size (estimated)", "", "| Image | Now | With suggestions | Change |", "| --- | ---: | ---: | ---: |");
    for (const size of options.sizes) {
      const suggested = size.suggestedBytes;
      const change = suggested === undefined ? "–" : `${suggested <= size.currentBytes ? "−" : "+"}${formatBytes(Math.abs(size.currentBytes - suggested))}`;
      out.push(`| ${inline(size.label, { table: true })} | ${formatBytes(size.currentBytes)} | ${suggested === undefined ? "–" : formatBytes(suggested)} | ${change} |`);
    }
    out.push("");
  }
  const footer = options.reportUrl ? `[Full review](${options.reportUrl}) · ` : "";
  out.push(`<sub>${footer}Shipshape ${ENGINE_VERSION}</sub>`);
  return `${out.join("\n")}\n`;
}
