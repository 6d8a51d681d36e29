import type { Report } from "../types";
import { formatJson } from "./json";
import { formatMarkdown } from "./markdown";
import { formatSarif } from "./sarif";

export interface ExportFormat {
  label: string;
  extension: string;
  mediaType: string;
  render(report: Report, options?: { reportUrl?: string }): string;
}

/** The downloadable exports, shared by the workspace (in the browser) and the report API. */
export const EXPORT_FORMATS = {
  markdown: { label: "Markdown", extension: "md", mediaType: "text/markdown", render: (report, options) => formatMarkdown(report, options) },
  json: { label: "JSON", extension: "json", mediaType: "application/json", render: (report) => `${formatJson(report)}\n` },
  sarif: { label: "SARIF", extension: "sarif", mediaType: "application/sarif+json", render: (report) => `${formatSarif(report)}\n` },
} satisfies Record<string, ExportFormat>;

export type ExportFormatName = keyof typeof EXPORT_FORMATS;

export function isExportFormat(name: string): name is ExportFormatName {
  return Object.hasOwn(EXPORT_FORMATS, name);
}
