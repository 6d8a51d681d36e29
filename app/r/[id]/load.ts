import { cache } from "react";
import { getShare } from "@/lib/share/service";
import { getReportStore } from "@/lib/storage";

/** One database read per request, shared by the page and its metadata. */
export const loadSharedReport = cache(async (id: string) => getShare(await getReportStore(), id));

/** The Dockerfile to open in the editor when a shared report is forked (the editor holds one file). */
export async function forkedDockerfile(id: string): Promise<string | undefined> {
  const report = await loadSharedReport(id);
  if (!report) return undefined;
  const files = report.workspace.files;
  const dockerfile = report.report.files.find((file) => file.kind === "dockerfile");
  return (files.find((file) => file.path === dockerfile?.path) ?? files[0])?.content;
}
