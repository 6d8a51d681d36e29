import type { Report } from "../types";
import { ENGINE_VERSION } from "../version";

/** The machine-readable report: the contract other tools parse. Fields may be added, never renamed. */
export function formatJson(report: Report): string {
  return JSON.stringify({ tool: { name: "shipshape", version: ENGINE_VERSION }, files: report.files }, null, 2);
}
