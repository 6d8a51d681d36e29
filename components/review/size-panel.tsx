"use client";

import { useId, useState } from "react";
import type { Range, TextEdit } from "@/lib/analysis";
import { formatBytes, MAX_CONTEXT_BYTES } from "@/lib/analysis/size/bytes";
import { BYTES_PER_CONTEXT_MB, contextSizeProblem } from "@/lib/client/workspace";
import { formatSaving } from "@/lib/client/format";
import type { ImageSizeEstimate, SizeComparison, StageEstimate } from "@/lib/analysis/size/types";

const SEGMENT_FILLS = ["var(--chart-1)", "var(--chart-2)", "var(--chart-3)", "var(--chart-4)", "var(--chart-5)"];
const BAR_WIDTH = 600;

interface Props {
  /** The Dockerfile the estimate is for, or null when the workspace has none. */
  path: string | null;
  /** Undefined while the review has not said yet; null when it sent no estimate. */
  size: ImageSizeEstimate | null | undefined;
  /** Why the latest review failed, if it did: then no estimate is coming, and the panel says so instead of waiting. */
  failure?: string | null;
  contextBytes: number | null;
  /** Absent on a read-only report: the assumptions are listed but cannot be changed. */
  onContextBytes?(bytes: number | null): void;
  /** Absent on a read-only report: alternative bases are listed but cannot be tried. */
  onUseBase?(comparison: SizeComparison & { edits: TextEdit[] }): void;
  onSelect(range: Range): void;
}

/** The estimated size of the shipped image: per-layer bar, comparisons and the assumptions behind them. */
export function SizePanel({ path, size, failure, contextBytes, onContextBytes, onUseBase, onSelect }: Props) {
  if (!path) return <Note>Add a Dockerfile to see the size of the image it builds.</Note>;
  if (size === undefined && failure) return <Note>No size estimate for {path}: the review failed. {failure}</Note>;
  if (size === undefined) return <Note busy>Estimating the size of the image {path} builds…</Note>;
  if (size === null) return <Note>No size estimate for {path}: this server did not send one.</Note>;
  const shipped = size.stages.find((stage) => stage.shipped) ?? size.stages[size.stages.length - 1];
  return (
    <div className="space-y-4 text-sm">
      <p data-testid="size-estimate">
        <span className="text-2xl font-semibold tabular-nums" data-bytes={size.compressedBytes.estimate}>
          ≈ {formatBytes(size.compressedBytes.estimate)}
        </span>{" "}
        to download{" "}
        <span className="text-ink-muted">
          ({formatBytes(size.compressedBytes.low)}–{formatBytes(size.compressedBytes.high)}); {formatBytes(size.uncompressedBytes.estimate)} on disk
        </span>
      </p>
      {shipped && <LayerBar stage={shipped} onSelect={onSelect} />}
      {size.comparisons.length > 0 && <Comparisons comparisons={size.comparisons} onUseBase={onUseBase} />}
      <Assumptions assumptions={size.assumptions} contextBytes={contextBytes} onContextBytes={onContextBytes} />
    </div>
  );
}

function Note({ children, busy = false }: { children: React.ReactNode; busy?: boolean }) {
  return (
    <p className={`text-sm text-ink-muted ${busy ? "motion-safe:animate-pulse" : ""}`} data-testid="size-note">
      {children}
    </p>
  );
}

/** The shipped stage as one stacked bar: its base, then each layer; hover or focus tells which and why. */
function LayerBar({ stage, onSelect }: { stage: StageEstimate; onSelect(range: Range): void }) {
  const [detail, setDetail] = useState<string | null>(null);
  const detailId = useId();
  const parts = [
    { key: "base", label: `Base image ${stage.base.reference}`, bytes: stage.base.uncompressedBytes.estimate, reason: stage.base.note ?? stage.base.matched ?? "", range: null, fill: "var(--chart-base)" },
    ...stage.layers.map((layer, index) => ({
      key: `layer-${index}`,
      label: `${layer.instruction} on line ${layer.range.start.line}`,
      bytes: layer.uncompressedBytes.estimate,
      reason: layer.reason,
      range: layer.range,
      fill: SEGMENT_FILLS[index % SEGMENT_FILLS.length]!,
    })),
  ];
  const total = parts.reduce((sum, part) => sum + part.bytes, 0) || 1;
  let x = 0;
  return (
    <figure>
      <figcaption className="mb-1 font-semibold">Layers of the shipped stage{stage.name ? ` (${stage.name})` : ""}</figcaption>
      <svg viewBox={`0 0 ${BAR_WIDTH} 28`} className="h-7 w-full" role="group" aria-label="Size per layer" aria-describedby={detailId}>
        {parts.map((part) => {
          const width = Math.max(2, (part.bytes / total) * BAR_WIDTH);
          const at = x;
          x += width;
          const text = `${part.label}: ${formatBytes(part.bytes)}${part.reason ? ` — ${part.reason}` : ""}`;
          const select = () => part.range && onSelect(part.range);
          return (
            <g
              key={part.key}
              role={part.range ? "button" : "img"}
              tabIndex={0}
              aria-label={text}
              data-layer={part.key}
              onMouseEnter={() => setDetail(text)}
              onFocus={() => setDetail(text)}
              onClick={select}
              onKeyDown={(event) => {
                if (event.key === "Enter" || event.key === " ") {
                  event.preventDefault();
                  select();
                }
              }}
              className={`outline-none [&:focus-visible>rect]:stroke-[var(--ink)] [&:focus-visible>rect]:stroke-2 ${part.range ? "cursor-pointer" : ""}`}
            >
              <title>{text}</title>
              <rect x={at} y={2} width={Math.max(1, width - 1)} height={24} fill={part.fill} />
            </g>
          );
        })}
      </svg>
      {/* Reserves its line so the panel does not jump when the text appears. */}
      <p id={detailId} aria-live="polite" className="mt-1 min-h-10 text-xs text-ink-muted">
        {detail ?? "Point at or tab to a layer to see what it adds and why; Enter selects its instruction."}
      </p>
    </figure>
  );
}

/** Horizontal bars: the current estimate against fixes and alternative bases, with the saving. */
function Comparisons({ comparisons, onUseBase }: { comparisons: SizeComparison[]; onUseBase: Props["onUseBase"] }) {
  const current = comparisons.find((comparison) => comparison.kind === "current");
  const max = Math.max(...comparisons.map((comparison) => comparison.compressedBytes.estimate), 1);
  const reference = current?.compressedBytes.estimate ?? max;
  return (
    <figure>
      <figcaption className="mb-1 font-semibold">What changes would save (download size)</figcaption>
      <ul className="space-y-2.5" data-testid="size-comparisons">
        {comparisons.map((comparison, index) => (
          <li key={index} data-comparison={comparison.kind}>
            {/* The label gets a line of its own: "with gcr.io/distroless/static-debian12 as the base" must be readable, not cut. */}
            <span className="flex items-baseline justify-between gap-3">
              <span className="min-w-0 break-words">{comparison.label}</span>
              <span className="shrink-0 text-right tabular-nums">
                {formatBytes(comparison.compressedBytes.estimate)}
                {comparison.kind !== "current" && <span className="ml-1.5 text-xs text-ink-muted">{formatSaving(comparison.savingBytes, reference)}</span>}
              </span>
            </span>
            <svg viewBox="0 0 100 10" preserveAspectRatio="none" className="mt-0.5 block h-2 w-full" aria-hidden="true">
              <rect x={0} y={0} width={(comparison.compressedBytes.estimate / max) * 100} height={10} fill={comparison.kind === "current" ? "var(--chart-base)" : "var(--chart-2)"} />
            </svg>
            {comparison.caveat && <span className="block text-xs text-ink-muted">{comparison.caveat}</span>}
            {onUseBase && comparison.edits && (
              <button
                type="button"
                onClick={() => onUseBase({ ...comparison, edits: comparison.edits! })}
                aria-label={`Use ${comparison.base} as the base`}
                className="mt-1 rounded border border-line px-2 py-0.5 text-xs hover:bg-line/30"
              >
                Use this base
              </button>
            )}
          </li>
        ))}
      </ul>
    </figure>
  );
}

function Assumptions({ assumptions, contextBytes, onContextBytes }: { assumptions: string[]; contextBytes: number | null; onContextBytes?(bytes: number | null): void }) {
  return (
    <div>
      <h3 className="font-semibold">Assumptions</h3>
      {assumptions.length > 0 && (
        // An assumption may name an image by digest or a long path, one word to the browser: it wraps on a phone.
        <ul className="list-disc pl-5 text-xs text-ink-muted wrap-anywhere">
          {assumptions.map((assumption) => (
            <li key={assumption}>{assumption}</li>
          ))}
        </ul>
      )}
      {onContextBytes && <ContextSizeField contextBytes={contextBytes} onContextBytes={onContextBytes} />}
    </div>
  );
}

/** The build context's size in MB. A value the API would refuse stays in the field with the reason, and is not used. */
function ContextSizeField({ contextBytes, onContextBytes }: { contextBytes: number | null; onContextBytes(bytes: number | null): void }) {
  const inputId = useId();
  const problemId = useId();
  // What the person typed while it is not a usable size; null shows the size in use.
  const [invalid, setInvalid] = useState<{ text: string; problem: string } | null>(null);
  return (
    <div className="mt-2 text-xs">
      <label htmlFor={inputId} className="flex items-center gap-2">
        Build context size (MB)
        <input
          id={inputId}
          type="number"
          min={0}
          max={MAX_CONTEXT_BYTES / BYTES_PER_CONTEXT_MB}
          step={1}
          placeholder="default"
          value={invalid?.text ?? (contextBytes === null ? "" : contextBytes / BYTES_PER_CONTEXT_MB)}
          aria-invalid={invalid !== null}
          aria-describedby={invalid ? problemId : undefined}
          onChange={(event) => {
            const { value, valueAsNumber, validity } = event.target;
            // An empty field means the default; badInput is text the browser could not read as a number ("1e", "-").
            const problem = value === "" && !validity.badInput ? null : contextSizeProblem(valueAsNumber);
            setInvalid(problem ? { text: value, problem } : null);
            if (!problem) onContextBytes(value === "" ? null : Math.round(valueAsNumber * BYTES_PER_CONTEXT_MB));
          }}
          className="w-28 rounded border border-line bg-page px-2 py-0.5 aria-[invalid=true]:border-severity-error"
        />
      </label>
      {invalid && (
        <p id={problemId} role="alert" className="mt-1 text-severity-error">
          {invalid.problem} The estimate keeps {contextBytes === null ? "the default" : formatBytes(contextBytes)}.
        </p>
      )}
    </div>
  );
}
