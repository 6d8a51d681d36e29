"use client";

import type { Report } from "@/lib/analysis";
import { formatJson } from "@/lib/analysis/format/json";
import { formatMarkdown } from "@/lib/analysis/format/markdown";
import { formatSarif } from "@/lib/analysis/format/sarif";

const EXPORTS = [
  { label: "Markdown", file: "shipshape-review.md", type: "text/markdown", render: (report: Report) => formatMarkdown(report) },
  { label: "JSON", file: "shipshape-review.json", type: "application/json", render: (report: Report) => `${formatJson(report)}\n` },
  { label: "SARIF", file: "shipshape-review.sarif", type: "application/sarif+json", render: (report: Report) => `${formatSarif(report)}\n` },
] as const;

/** Downloads the workspace's current findings; the formatters are pure, so this needs no server. */
export function ExportButtons({ getReport }: { getReport: () => Report }) {
  function download(format: (typeof EXPORTS)[number]) {
    const url = URL.createObjectURL(new Blob([format.render(getReport())], { type: format.type }));
    const anchor = document.createElement("a");
    anchor.href = url;
    anchor.download = format.file;
    anchor.click();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }
  return (
    <div role="group" aria-label="Export findings" className="flex items-baseline gap-1 text-sm">
      <span className="text-ink-muted">Export</span>
      {EXPORTS.map((format) => (
        <button key={format.label} type="button" onClick={() => download(format)} className="rounded border border-line px-2 py-0.5 hover:bg-line/30">
          {format.label}
        </button>
      ))}
    </div>
  );
}
