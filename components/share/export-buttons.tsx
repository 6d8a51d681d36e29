"use client";

import type { Report } from "@/lib/analysis";
import { EXPORT_FORMATS, renderExport, type ExportFormatName } from "@/lib/analysis/format/exports";

/** Downloads the workspace's current findings, formatted in the browser (the formatters load on first use). */
export function ExportButtons({ getReport }: { getReport: () => Report }) {
  async function download(name: ExportFormatName) {
    const format = EXPORT_FORMATS[name];
    const url = URL.createObjectURL(new Blob([await renderExport(name, getReport())], { type: format.mediaType }));
    const anchor = document.createElement("a");
    anchor.href = url;
    anchor.download = `shipshape-review.${format.extension}`;
    anchor.click();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }
  return (
    <div role="group" aria-label="Export findings" className="flex items-baseline gap-1 text-sm">
      <span className="text-ink-muted">Export</span>
      {(Object.keys(EXPORT_FORMATS) as ExportFormatName[]).map((name) => (
        <button key={name} type="button" onClick={() => void download(name)} className="rounded border border-line px-2 py-0.5 hover:bg-line/30">
          {EXPORT_FORMATS[name].label}
        </button>
      ))}
    </div>
  );
}
