import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { ReportFindings } from "@/components/report/report-findings";
import { ReportStructure } from "@/components/report/report-structure";
import { SharedFileView } from "@/components/report/shared-file-view";
import { ENGINE_VERSION } from "@/lib/analysis";
import { EXPORT_FORMATS } from "@/lib/analysis/format/exports";
import { ciCommand, workflowStep } from "@/lib/share/ci-command";
import { storedBuildArgs, type SharedReport } from "@/lib/share/document";
import { replay } from "@/lib/share/replay";
import { loadSharedReport } from "./load";

interface Props {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ view?: string | string[] }>;
}

/** Title and description say what the page is, never what the files contain (links unfurl in chats). */
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const report = await loadSharedReport((await params).id);
  const robots = { index: false, follow: false };
  if (!report) return { title: "Report not found · Shipshape", robots };
  const findings = report.report.files.reduce((sum, file) => sum + file.findings.length, 0);
  const title = "Shared container review · Shipshape";
  const description = `${findings} ${findings === 1 ? "finding" : "findings"} in ${report.workspace.files.length} ${report.workspace.files.length === 1 ? "file" : "files"}, reviewed by Shipshape ${report.engineVersion}.`;
  return { title, description, robots, openGraph: { title, description, type: "article" }, twitter: { card: "summary", title, description } };
}

export default async function SharedReportPage({ params, searchParams }: Props) {
  await connection();
  const { id } = await params;
  // Checked before anything renders, outside any Suspense boundary, so an unknown id answers a real 404.
  const report = await loadSharedReport(id);
  if (!report) notFound();

  const { view } = await searchParams;
  const showOriginal = view === "original";
  const { current, added, removed } = replay(report, report.id);
  const changed = added.length + removed.length;
  const shown = showOriginal ? report.report : current;
  // The downloads hold what the page shows: today's findings, or those as shared.
  const exportBase = `/api/reports/${report.id}/export?${showOriginal ? "view=original&" : ""}format=`;
  const buildArgs = storedBuildArgs(report.workspace.settings);
  const dockerfile = report.workspace.files.find((file) => shown.files.find((candidate) => candidate.path === file.path)?.kind === "dockerfile");

  return (
    <main className="mx-auto flex max-w-screen-2xl flex-col gap-4 px-4 pb-6">
      {/* Inside main, under the site's header: the page's own title bar, not a second banner landmark. */}
      <header className="flex flex-wrap items-baseline gap-x-4 gap-y-2 pt-4">
        <h1 className="text-2xl font-bold tracking-tight">Shared review</h1>
        <p className="text-sm text-ink-muted">
          Shared <time dateTime={report.createdAt}>{formatDate(report.createdAt)}</time>
          {report.expiresAt && (
            <>
              {" "}
              · expires <time dateTime={report.expiresAt}>{formatDate(report.expiresAt)}</time>
            </>
          )}
          {report.redactions.length > 0 && ` · ${report.redactions.length} ${report.redactions.length === 1 ? "secret" : "secrets"} redacted`}
          {buildArgs.length > 0 && (
            <>
              {" "}
              · built with{" "}
              {buildArgs.map(([name, value], index) => (
                <span key={name}>
                  {index > 0 && ", "}
                  {/* A value may be one long word: it wraps rather than widening the page. */}
                  <code className="wrap-anywhere">
                    --build-arg {name}={value}
                  </code>
                </span>
              ))}
            </>
          )}
        </p>
        <nav aria-label="Report actions" className="ml-auto flex flex-wrap items-center gap-2 text-sm">
          <a href={`/?fork=${report.id}`} aria-describedby="open-in-editor-note" className="rounded bg-accent px-3 py-1 font-semibold text-surface">
            Open in editor
          </a>
          <span id="open-in-editor-note" className="text-ink-muted">
            It replaces the files and settings open in your review.
          </span>
          <span className="text-ink-muted">Export:</span>
          {Object.entries(EXPORT_FORMATS).map(([name, format]) => (
            <a key={name} href={`${exportBase}${name}`} download className="rounded border border-line px-2 py-1 hover:bg-line/30">
              {format.label}
            </a>
          ))}
        </nav>
      </header>
      {changed > 0 && (
        <p role="status" className="rounded-md border border-severity-info px-4 py-3 text-sm" data-testid="replay-changes">
          {changed} {changed === 1 ? "finding" : "findings"} changed since this report was shared ({added.length} new, {removed.length} gone; shared with engine{" "}
          {report.engineVersion}, now {ENGINE_VERSION}).{" "}
          {showOriginal ? (
            <Link href={`/r/${report.id}`} className="font-semibold underline">
              Show today&apos;s findings
            </Link>
          ) : (
            <Link href={`/r/${report.id}?view=original`} className="font-semibold underline">
              Show the findings as shared
            </Link>
          )}
        </p>
      )}
      <div className="grid items-start gap-4 lg:grid-cols-[minmax(0,1fr)_26rem]">
        <div className="flex min-w-0 flex-col gap-4">
          {report.workspace.files.map((file, index) => (
            <SharedFileView
              key={file.path}
              file={file}
              fileIndex={index}
              report={shown.files.find((candidate) => candidate.path === file.path)}
              redactions={report.redactions.filter((redaction) => redaction.path === file.path)}
              downloadHref={`/api/reports/${report.id}`}
            />
          ))}
        </div>
        <div className="flex min-w-0 flex-col gap-4">
          <ReportFindings files={shown.files} heading={showOriginal ? "Findings as shared" : "Findings"} />
          {dockerfile && (
            <ReportStructure
              path={dockerfile.path}
              fileIndex={report.workspace.files.indexOf(dockerfile)}
              content={dockerfile.content}
              size={shown.files.find((file) => file.path === dockerfile.path)?.size ?? null}
              target={typeof report.workspace.settings?.target === "string" ? report.workspace.settings.target : null}
            />
          )}
          <CiSnippet workspace={report.workspace} />
        </div>
      </div>
    </main>
  );
}

/** The CLI step that repeats this review in a GitHub Actions job, annotating pull requests. */
function CiSnippet({ workspace }: { workspace: SharedReport["workspace"] }) {
  const ci = ciCommand(workspace);
  const { configFile, fromEnvironment } = ci;
  return (
    <details className="rounded-md border border-line bg-surface px-4 py-3 text-sm">
      <summary className="cursor-pointer font-semibold">Run this review in CI</summary>
      <p className="mt-2 text-ink-muted">
        A GitHub Actions step that reviews the same files with the same settings and annotates pull requests.
        {configFile && (
          <>
            {" "}
            Commit the review&apos;s configuration as <code>{configFile}</code>.
          </>
        )}
        {fromEnvironment.length > 0 && (
          <>
            {" "}
            The redacted build arguments ({fromEnvironment.join(", ")}) come from the repository&apos;s secrets of the same names.
          </>
        )}
      </p>
      {/* Focusable: a long command scrolls sideways, and the keyboard must reach it too. */}
      <pre tabIndex={0} aria-label="GitHub Actions step" className="mt-2 overflow-x-auto rounded bg-line/30 p-2 font-mono text-xs" data-testid="ci-snippet">
        {workflowStep(ci)}
      </pre>
    </details>
  );
}

function formatDate(iso: string): string {
  return new Date(iso).toLocaleString("en", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" }) + " UTC";
}
