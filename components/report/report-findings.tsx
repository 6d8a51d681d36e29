import type { Finding, FileReport } from "@/lib/analysis";
import { MessageText } from "@/components/review/message-text";
import { SEVERITY_TEXT } from "@/components/review/severity-style";
import { SizeImpactBadge } from "@/components/review/size-impact-badge";
import { findingAnchor, lineAnchor } from "./anchors";

/** The findings of every file, each linking to its line in the file view. */
export function ReportFindings({ files, heading, headingLevel = 2 }: { files: FileReport[]; heading: string; headingLevel?: 2 | 3 }) {
  const Heading = `h${headingLevel}` as const;
  const total = files.reduce((sum, file) => sum + file.findings.length, 0);
  return (
    <aside aria-labelledby="findings-heading" className="rounded-md border border-line bg-surface">
      <header className="flex items-baseline justify-between gap-3 border-b border-line px-4 py-3">
        <Heading id="findings-heading" className="text-base font-semibold">
          {heading}
        </Heading>
        <p className="text-sm text-ink-muted" data-testid="findings-count">
          {total} {total === 1 ? "finding" : "findings"}
        </p>
      </header>
      {total === 0 ? (
        <p className="p-4 text-sm text-ink-muted">No findings.</p>
      ) : (
        <ol className="divide-y divide-line">
          {files.flatMap((file, fileIndex) =>
            file.findings.map((finding, index) => <FindingItem key={findingAnchor(fileIndex, index)} finding={finding} path={file.path} fileIndex={fileIndex} showPath={files.length > 1} />),
          )}
        </ol>
      )}
    </aside>
  );
}

function FindingItem({ finding, path, fileIndex, showPath }: { finding: Finding; path: string; fileIndex: number; showPath: boolean }) {
  const { line, column } = finding.range.start;
  return (
    <li data-rule={finding.rule} className="px-4 py-3 text-sm">
      <p className="flex flex-wrap items-baseline gap-x-2">
        <span className={`text-xs font-semibold uppercase tracking-wide ${SEVERITY_TEXT[finding.severity]}`}>{finding.severity}</span>
        <a href={`/rules/${encodeURIComponent(finding.rule)}`} className="font-mono font-semibold underline decoration-line underline-offset-2">
          {finding.rule}
        </a>
        <SizeImpactBadge finding={finding} />
        <a href={`#${lineAnchor(fileIndex, line)}`} className="ml-auto font-mono text-xs text-ink-muted underline" aria-label={`${showPath ? `${path}, ` : ""}line ${line}, column ${column}`}>
          {showPath ? `${path}:` : ""}
          {line}:{column}
        </a>
      </p>
      <p className="mt-1">
        <MessageText text={finding.message} />
      </p>
    </li>
  );
}
