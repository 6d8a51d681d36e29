import { cache } from "react";
import type { InitialWorkspace } from "@/components/review/review-workbench";
import { readSettings } from "@/lib/client/workspace-storage";
import { getShare } from "@/lib/share/service";
import { getReportStore } from "@/lib/storage";

/** One database read per request, shared by the page and its metadata. */
export const loadSharedReport = cache(async (id: string) => getShare(await getReportStore(), id));

/** The files and settings to open in the editor when a shared report is forked ("Open in editor"). */
export async function forkedWorkspace(id: string): Promise<InitialWorkspace | undefined> {
  const report = await loadSharedReport(id);
  if (!report) return undefined;
  const { files, profile, settings } = report.workspace;
  return { files, settings: readSettings({ ...settings, ...(profile ? { profile } : {}) }), origin: "the shared report" };
}
