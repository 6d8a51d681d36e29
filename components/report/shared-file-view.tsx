import { SEVERITIES, type FileReport, type Severity, type SourceFile } from "@/lib/analysis";
import type { Redaction } from "@/lib/share/document";
import { highlightLines, type Mark } from "@/lib/share/highlight";
import { findingAnchor, lineAnchor } from "./anchors";

// A <mark> is black on any background unless told otherwise (text-ink): in the dark theme it must keep the text colour.
const FINDING_MARK: Record<Severity, string> = {
  error: "bg-severity-error/15 decoration-severity-error",
  warning: "bg-severity-warning/20 decoration-severity-warning",
  info: "bg-severity-info/15 decoration-severity-info",
  style: "bg-severity-style/15 decoration-severity-style",
};
const REDACTION_MARK = "rounded-sm bg-line/60 font-semibold text-ink";
/** Lines shown of one file: a page of 80,000 lines was 40 MB of HTML that took the server seconds to render. */
export const MAX_SHOWN_LINES = 3_000;

/**
 * One shared file, read-only: numbered lines with the findings' ranges and the redactions marked. Plain
 * text throughout (React escapes it), so file content can never become markup.
 */
export function SharedFileView({ file, fileIndex, report, redactions, headingLevel = 2, downloadHref }: {
  file: SourceFile;
  fileIndex: number;
  report: FileReport | undefined;
  redactions: Redaction[];
  headingLevel?: 2 | 3;
  /** Where the whole file can be had when it is too long to show (the stored report, as JSON). */
  downloadHref?: string;
}) {
  const Heading = `h${headingLevel}` as const;
  const findings = report?.findings ?? [];
  const marks: Mark[] = [
    ...findings.map((finding, index) => ({ key: findingAnchor(fileIndex, index), range: finding.range })),
    ...redactions.map((redaction, index) => ({ key: `redaction-${index}`, range: redaction.range })),
  ];
  const byKey = new Map(findings.map((finding, index) => [findingAnchor(fileIndex, index), finding]));
  const lines = highlightLines(file.content, marks);
  const width = String(lines.length).length;
  const hidden = Math.max(0, lines.length - MAX_SHOWN_LINES);
  return (
    <section aria-labelledby={`file-${fileIndex}`} className="min-w-0 rounded-md border border-line bg-surface">
      {/* A path may be one long word: it wraps rather than widening the page. */}
      <Heading id={`file-${fileIndex}`} className="border-b border-line px-4 py-3 font-mono text-base font-semibold wrap-anywhere">
        {file.path}
        {report && <span className="ml-2 font-sans text-sm font-normal text-ink-muted">({report.kind})</span>}
      </Heading>
      {/* Long lines scroll sideways: focusable, so the keyboard can scroll them too. */}
      <pre role="region" aria-label={`Content of ${file.path}`} tabIndex={0} className="overflow-x-auto py-2 font-mono text-sm leading-6" data-testid={`file-${fileIndex}`}>
        <code>
          {lines.slice(0, MAX_SHOWN_LINES).map((line) => {
            const flagged = line.marks.filter((key) => byKey.has(key));
            return (
              <span key={line.number} id={lineAnchor(fileIndex, line.number)} className={`block px-4 ${flagged.length > 0 ? "bg-severity-warning/5" : ""}`} data-line={line.number}>
                <span aria-hidden="true" className="mr-4 inline-block select-none text-right text-ink-muted" style={{ width: `${width}ch` }}>
                  {line.number}
                </span>
                {line.segments.map((segment, index) => {
                  if (segment.marks.length === 0) return segment.text;
                  const covering = segment.marks.flatMap((key) => byKey.get(key) ?? []);
                  // The most serious finding over this text decides its colour.
                  const finding = covering.sort((a, b) => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity))[0];
                  const isRedaction = !finding;
                  return (
                    <mark
                      key={index}
                      className={finding ? `rounded-sm text-ink underline decoration-wavy underline-offset-4 ${FINDING_MARK[finding.severity]}` : REDACTION_MARK}
                      title={finding ? `${finding.rule}: ${finding.message}` : "Redacted before sharing"}
                      data-rules={finding ? covering.map((f) => f.rule).join(" ") : undefined}
                      data-redacted={isRedaction ? "" : undefined}
                    >
                      {segment.text}
                    </mark>
                  );
                })}
              </span>
            );
          })}
        </code>
      </pre>
      {hidden > 0 && (
        <p className="border-t border-line px-4 py-2 text-sm text-ink-muted" data-testid={`file-${fileIndex}-truncated`}>
          The other {hidden.toLocaleString("en-US")} lines are not shown here; the findings list covers them all.
          {downloadHref && (
            <>
              {" "}
              <a href={downloadHref} download className="underline">Download the shared files (JSON)</a>.
            </>
          )}
        </p>
      )}
    </section>
  );
}
