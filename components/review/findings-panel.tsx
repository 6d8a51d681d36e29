import type { Finding, Severity } from "@/lib/analysis";

const SEVERITY_ORDER: readonly Severity[] = ["error", "warning", "info", "style"];

const SEVERITY_TEXT: Record<Severity, string> = {
  error: "text-severity-error",
  warning: "text-severity-warning",
  info: "text-severity-info",
  style: "text-severity-style",
};

const SEVERITY_BORDER: Record<Severity, string> = {
  error: "border-l-severity-error",
  warning: "border-l-severity-warning",
  info: "border-l-severity-info",
  style: "border-l-severity-style",
};

interface Props {
  findings: Finding[];
  pending: boolean;
  error: string | null;
  /** False until the first answer, so the empty state is not claimed before anything was reviewed. */
  analyzed: boolean;
  onSelect(finding: Finding): void;
}

export function FindingsPanel({ findings, pending, error, analyzed, onSelect }: Props) {
  return (
    <aside aria-labelledby="findings-heading" className="flex min-h-0 flex-col rounded-md border border-line bg-surface">
      <header className="flex items-baseline justify-between gap-3 border-b border-line px-4 py-3">
        <h2 id="findings-heading" className="text-base font-semibold">
          Findings
        </h2>
        <p role="status" aria-live="polite" className="text-sm text-ink-muted">
          {pending ? "Analyzing…" : analyzed ? `${findings.length} ${findings.length === 1 ? "finding" : "findings"}` : ""}
        </p>
      </header>
      <SeverityCounts findings={findings} />
      <div className="min-h-0 flex-1 overflow-y-auto">
        {error ? (
          <p role="alert" className="m-4 rounded border border-severity-error p-3 text-sm text-severity-error">
            {error}
          </p>
        ) : findings.length > 0 ? (
          <ol className="divide-y divide-line">
            {findings.map((finding, index) => (
              <FindingEntry key={`${index}:${finding.rule}`} finding={finding} onSelect={onSelect} />
            ))}
          </ol>
        ) : analyzed ? (
          <p className="p-4 text-sm text-ink-muted">No findings. This Dockerfile follows every rule that is on.</p>
        ) : null}
      </div>
    </aside>
  );
}

function SeverityCounts({ findings }: { findings: Finding[] }) {
  return (
    <dl aria-label="Findings by severity" className="flex gap-4 border-b border-line px-4 py-2 text-sm">
      {SEVERITY_ORDER.map((severity) => (
        <div key={severity} className="flex gap-1">
          <dt className={SEVERITY_TEXT[severity]}>{severity}</dt>
          <dd className="font-semibold tabular-nums" data-severity-count={severity}>
            {findings.filter((finding) => finding.severity === severity).length}
          </dd>
        </div>
      ))}
    </dl>
  );
}

function FindingEntry({ finding, onSelect }: { finding: Finding; onSelect(finding: Finding): void }) {
  const { start } = finding.range;
  return (
    <li data-rule={finding.rule}>
      <button
        type="button"
        onClick={() => onSelect(finding)}
        className={`block w-full border-l-4 px-4 py-3 text-left hover:bg-line/30 focus-visible:bg-line/30 ${SEVERITY_BORDER[finding.severity]}`}
      >
        <span className="flex flex-wrap items-baseline gap-x-2 text-sm">
          <span className={`font-semibold uppercase tracking-wide text-xs ${SEVERITY_TEXT[finding.severity]}`}>{finding.severity}</span>
          <code className="font-mono font-semibold">{finding.rule}</code>
          <span className="ml-auto font-mono text-xs text-ink-muted" aria-label={`line ${start.line}, column ${start.column}`}>
            {start.line}:{start.column}
          </span>
        </span>
        <span className="mt-1 block text-sm">
          <MessageText text={finding.message} />
        </span>
      </button>
    </li>
  );
}

/** Messages mark code with backticks, as Markdown does; render those parts as code. */
function MessageText({ text }: { text: string }) {
  return text.split("`").map((part, index) =>
    index % 2 === 1 ? (
      <code key={index} className="rounded bg-line/40 px-1 font-mono text-[0.85em]">
        {part}
      </code>
    ) : (
      part
    ),
  );
}
