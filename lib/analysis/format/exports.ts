import type { Report } from "../types";

/**
 * The downloadable exports, shared by the workspace, the report page and the report API. Only names and
 * file types here, so a page can list them without loading the formatters (SARIF pulls in the rule
 * catalogue): `renderExport` loads the one it needs.
 */
export const EXPORT_FORMATS = {
  markdown: { label: "Markdown", extension: "md", mediaType: "text/markdown" },
  json: { label: "JSON", extension: "json", mediaType: "application/json" },
  sarif: { label: "SARIF", extension: "sarif", mediaType: "application/sarif+json" },
} as const;

export type ExportFormatName = keyof typeof EXPORT_FORMATS;

export function isExportFormat(name: string): name is ExportFormatName {
  return Object.hasOwn(EXPORT_FORMATS, name);
}

export async function renderExport(name: ExportFormatName, report: Report, options: { reportUrl?: string } = {}): Promise<string> {
  switch (name) {
    case "markdown":
      return (await import("./markdown")).formatMarkdown(report, options);
    case "json":
      return `${(await import("./json")).formatJson(report)}\n`;
    case "sarif":
      return `${(await import("./sarif")).formatSarif(report)}\n`;
  }
}
