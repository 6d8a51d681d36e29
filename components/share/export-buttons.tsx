"use client";

import type { Report } from "@/lib/analysis";
import { EXPORT_FORMATS, type ExportFormat } from "@/lib/analysis/format/exports";

/** Downloads the workspace's current findings; the formatters are pure, so this needs no server. */
export function ExportButtons({ getReport }: { getReport: () => Report }) {
  function download(format: ExportFormat) {
    const url = URL.createObjectURL(new Blob([format.render(getReport())], { type: format.mediaType }));
    const anchor = document.createElement("a");
    anchor.href = url;
    anchor.download = `shipshape-review.${format.extension}`;
    anchor.click();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }
  return (
    <div role="group" aria-label="Export findings" className="flex items-baseline gap-1 text-sm">
      <span className="text-ink-muted">Export</span>
      {Object.values(EXPORT_FORMATS).map((format) => (
        <button key={format.label} type="button" onClick={() => download(format)} className="rounded border border-line px-2 py-0.5 hover:bg-line/30">
          {format.label}
        </button>
      ))}
    </div>
  );
}
