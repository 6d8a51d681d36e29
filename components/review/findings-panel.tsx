"use client";

import { useId, useRef, useState, type KeyboardEvent } from "react";
import type { Category, FileKind, Finding, Severity } from "@/lib/analysis";
import { SEVERITIES } from "@/lib/analysis/types";
import type { Phase } from "@/lib/client/analysis-state";
import { findingKeys } from "@/lib/client/finding-keys";
import { GRADE_EXPLANATION, scoreFindings } from "@/lib/client/grade";
import { GradeBadge } from "./grade-badge";
import { MessageText } from "./message-text";
import { ruleDocsPath, type RuleHelp } from "./rule-help";
import { SEVERITY_BORDER, SEVERITY_TEXT } from "./severity-style";
import { SizeImpactBadge } from "./size-impact-badge";

export interface PanelFile {
  id: string;
  path: string;
  kind: FileKind | null;
  findings: Finding[];
  analyzed: boolean;
}

type Grouping = "severity" | "category";

interface Props {
  files: PanelFile[];
  severities: readonly Severity[];
  onSeveritiesChange(severities: Severity[]): void;
  phase: Phase;
  error: string | null;
  ruleHelp: RuleHelp;
  /** `focusEditor` false keeps the focus in the panel (keyboard stepping through findings). */
  onSelect(fileId: string, finding: Finding, focusEditor: boolean): void;
}

interface Entry {
  key: string;
  fileId: string;
  finding: Finding;
}

export function FindingsPanel({ files, severities, onSeveritiesChange, phase, error, ruleHelp, onSelect }: Props) {
  const [grouping, setGrouping] = useState<Grouping>("severity");
  const [query, setQuery] = useState("");
  const [current, setCurrent] = useState<string | null>(null);
  const list = useRef<HTMLDivElement>(null);
  const groupingId = useId();

  const all = files.flatMap((file) => file.findings);
  const analyzed = files.some((file) => file.analyzed);
  const needle = query.trim().toLowerCase();
  const visible = (finding: Finding) =>
    severities.includes(finding.severity) &&
    (!needle || [finding.rule, finding.message, finding.category, ...finding.aliases].some((text) => text.toLowerCase().includes(needle)));

  // Keyed over all of a file's findings, so a finding keeps its key whatever the filter hides.
  const groups = files.map((file) => ({ file, keys: findingKeys(file.id, file.findings), sections: groupFindings(file.findings.filter(visible), grouping) }));
  // Stepping order is the order on screen.
  const entries: Entry[] = groups.flatMap(({ file, keys, sections }) =>
    sections.flatMap(({ findings }) => findings.map((finding) => ({ key: keys.get(finding)!, fileId: file.id, finding }))),
  );

  function step(delta: 1 | -1) {
    if (!entries.length) return;
    const at = entries.findIndex((entry) => entry.key === current);
    const next = entries[at < 0 ? (delta > 0 ? 0 : entries.length - 1) : (at + delta + entries.length) % entries.length]!;
    setCurrent(next.key);
    onSelect(next.fileId, next.finding, false);
    list.current?.querySelector<HTMLElement>(`[data-entry="${CSS.escape(next.key)}"]`)?.focus();
  }

  function onKeyDown(event: KeyboardEvent) {
    if (event.key === "F8") {
      event.preventDefault();
      step(event.shiftKey ? -1 : 1);
    } else if ((event.key === "ArrowDown" || event.key === "ArrowUp") && (event.target as HTMLElement).dataset.entry) {
      // Arrow keys move between findings like a list box; Enter opens the focused one in the editor.
      event.preventDefault();
      const buttons = [...(list.current?.querySelectorAll<HTMLElement>("[data-entry]") ?? [])];
      const at = buttons.indexOf(event.target as HTMLElement);
      buttons[Math.max(0, Math.min(buttons.length - 1, at + (event.key === "ArrowDown" ? 1 : -1)))]?.focus();
    }
  }

  return (
    <aside aria-labelledby="findings-heading" onKeyDown={onKeyDown} className="flex h-full min-h-0 flex-col rounded-md border border-line bg-surface">
      <header className="flex items-baseline justify-between gap-3 border-b border-line px-4 pt-2 pb-1.5">
        <h2 id="findings-heading" className="text-base font-semibold">
          Findings
        </h2>
        <p role="status" aria-live="polite" className="text-sm text-ink-muted">
          {phase === "idle"
            ? analyzed
              ? `${all.length} ${all.length === 1 ? "finding" : "findings"}`
              : ""
            : phase === "size"
              ? "Estimating the image size…"
              : "Analyzing…"}
        </p>
      </header>
      <ProgressBar running={phase !== "idle"} />
      <div className="flex items-center gap-2 border-b border-line px-4 py-1.5">
        <SeverityFilter findings={all} severities={severities} onChange={onSeveritiesChange} />
        <div className="ml-auto flex gap-1">
          <button type="button" onClick={() => step(-1)} aria-label="Previous problem" title="Previous problem (Shift+F8)" aria-keyshortcuts="Shift+F8" className="rounded border border-line px-2 py-0.5">
            <span aria-hidden="true">↑</span>
          </button>
          <button type="button" onClick={() => step(1)} aria-label="Next problem" title="Next problem (F8)" aria-keyshortcuts="F8" className="rounded border border-line px-2 py-0.5">
            <span aria-hidden="true">↓</span>
          </button>
        </div>
      </div>
      <div className="flex items-center gap-2 border-b border-line px-4 py-1.5 text-sm">
        <input
          type="search"
          aria-label="Search findings"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          placeholder="Search rule, message, category…"
          className="min-w-0 flex-1 rounded border border-line bg-page px-2 py-0.5"
        />
        <label htmlFor={groupingId} className="text-ink-muted">
          Group by
        </label>
        <select id={groupingId} value={grouping} onChange={(event) => setGrouping(event.target.value as Grouping)} className="rounded border border-line bg-page px-1 py-0.5">
          <option value="severity">severity</option>
          <option value="category">category</option>
        </select>
      </div>
      <div ref={list} className="min-h-0 flex-1 overflow-y-auto">
        {error ? (
          <p role="alert" className="m-4 rounded border border-severity-error p-3 text-sm text-severity-error">
            {error}
          </p>
        ) : (
          groups.map(({ file, keys, sections }) => (
            <section key={file.id} aria-label={`Findings in ${file.path}`} data-file={file.path} className="border-b border-line last:border-b-0">
              <h3 className="sticky top-0 z-10 flex items-center gap-2 bg-surface px-4 py-2 text-sm font-semibold">
                <span className="min-w-0 truncate font-mono" title={file.path}>
                  {file.path}
                </span>
                {file.kind && <span className="text-xs font-normal text-ink-muted">{file.kind}</span>}
                {file.analyzed && file.kind !== "other" && <GradeBadge {...scoreFindings(file.findings)} className="ml-auto" />}
              </h3>
              {sections.length ? (
                sections.map(({ label, findings }) => (
                  <div key={label}>
                    <h4 className="px-4 pt-1 text-xs font-semibold uppercase tracking-wide text-ink-muted">
                      {label} ({findings.length})
                    </h4>
                    <ol>
                      {findings.map((finding) => {
                        const key = keys.get(finding)!;
                        return (
                          <FindingEntry
                            key={key}
                            entryKey={key}
                            finding={finding}
                            current={key === current}
                            why={ruleHelp[finding.rule]?.whyItMatters}
                            onSelect={() => {
                              setCurrent(key);
                              onSelect(file.id, finding, true);
                            }}
                          />
                        );
                      })}
                    </ol>
                  </div>
                ))
              ) : file.analyzed ? (
                <p className="px-4 pb-3 text-sm text-ink-muted">
                  {file.findings.length
                    ? "No findings match the filter."
                    : file.kind === "other"
                      ? "Not reviewed on its own: no rules apply to this kind of file. It is sent along as context (e.g. for size estimates)."
                      : `No findings. ${file.path} follows every rule that is on.`}
                </p>
              ) : null}
            </section>
          ))
        )}
      </div>
      <details className="border-t border-line px-4 py-2 text-xs text-ink-muted">
        <summary className="cursor-pointer">How grades are computed</summary>
        <p className="mt-1">{GRADE_EXPLANATION}</p>
      </details>
    </aside>
  );
}

const CATEGORY_ORDER: readonly Category[] = ["security", "correctness", "reliability", "size", "performance", "maintainability", "style"];

function groupFindings(findings: Finding[], grouping: Grouping): Array<{ label: string; findings: Finding[] }> {
  const order: readonly string[] = grouping === "severity" ? SEVERITIES : CATEGORY_ORDER;
  const key = (finding: Finding) => (grouping === "severity" ? finding.severity : finding.category);
  const known = order.map((label) => ({ label, findings: findings.filter((finding) => key(finding) === label) }));
  // A category added later by the engine still shows, after the known ones.
  const other = findings.filter((finding) => !order.includes(key(finding)));
  return [...known, ...(other.length ? [{ label: "other", findings: other }] : [])].filter((group) => group.findings.length > 0);
}

/** Holds its height while idle so the list does not jump when a review starts or ends. */
function ProgressBar({ running }: { running: boolean }) {
  return (
    <div className="h-0.5 overflow-hidden bg-transparent" aria-hidden="true">
      {running && <div className="h-full w-1/3 bg-accent motion-safe:animate-[progress_1s_ease-in-out_infinite]" />}
    </div>
  );
}

/** Counts per severity that double as filter toggles. */
function SeverityFilter({ findings, severities, onChange }: { findings: Finding[]; severities: readonly Severity[]; onChange(severities: Severity[]): void }) {
  return (
    <div role="group" aria-label="Show findings by severity" className="flex flex-wrap gap-1.5 text-sm">
      {SEVERITIES.map((severity) => {
        const shown = severities.includes(severity);
        const count = findings.filter((finding) => finding.severity === severity).length;
        return (
          <button
            key={severity}
            type="button"
            aria-pressed={shown}
            onClick={() => onChange(shown ? severities.filter((s) => s !== severity) : SEVERITIES.filter((s) => s === severity || severities.includes(s)))}
            className="flex items-baseline gap-1 rounded-full border border-line px-2 py-0.5 aria-[pressed=false]:opacity-60 aria-[pressed=false]:line-through"
          >
            <span className={SEVERITY_TEXT[severity]}>{severity}</span>
            <span className="font-semibold tabular-nums" data-severity-count={severity}>
              {count}
            </span>
          </button>
        );
      })}
    </div>
  );
}

interface EntryProps {
  entryKey: string;
  finding: Finding;
  current: boolean;
  why: string | undefined;
  onSelect(): void;
}

function FindingEntry({ entryKey, finding, current, why, onSelect }: EntryProps) {
  const { start } = finding.range;
  const fixable = finding.fixes.some((fix) => fix.applicability !== "display-only");
  return (
    <li data-rule={finding.rule} data-current={current || undefined} className="border-t border-line/60 first:border-t-0">
      <button
        type="button"
        data-entry={entryKey}
        aria-current={current || undefined}
        onClick={onSelect}
        className={`block w-full border-l-4 px-4 py-2 text-left hover:bg-line/30 focus-visible:bg-line/30 aria-[current=true]:bg-line/30 ${SEVERITY_BORDER[finding.severity]}`}
      >
        <span className="flex flex-wrap items-baseline gap-x-2 text-sm">
          <span className={`text-xs font-semibold uppercase tracking-wide ${SEVERITY_TEXT[finding.severity]}`}>{finding.severity}</span>
          <code className="font-mono font-semibold">{finding.rule}</code>
          {fixable && <span className="rounded bg-line/50 px-1 text-xs">fix</span>}
          <SizeImpactBadge finding={finding} />
          <span className="ml-auto font-mono text-xs text-ink-muted" aria-label={`line ${start.line}, column ${start.column}`}>
            {start.line}:{start.column}
          </span>
        </span>
        <span className="mt-1 block text-sm">
          <MessageText text={finding.message} />
        </span>
      </button>
      {current && (
        <div className="border-l-4 border-l-transparent px-4 pb-2 text-sm text-ink-muted" data-why>
          {why && (
            <p>
              <span className="font-semibold text-ink">Why it matters: </span>
              <MessageText text={why} />
            </p>
          )}
          <a href={ruleDocsPath(finding.rule)} className="text-accent underline">
            {finding.rule} docs
          </a>
        </div>
      )}
    </li>
  );
}
