import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { HiddenDuringQuiz, LessonQuiz, LessonQuizProvider } from "@/components/lessons/lesson-quiz";
import { PageSection } from "@/components/page-section";
import { ReportFindings } from "@/components/report/report-findings";
import { SharedFileView } from "@/components/report/shared-file-view";
import { DiffTable } from "@/components/review/diff-table";
import { MessageText } from "@/components/review/message-text";
import { findRule, type FileReport } from "@/lib/analysis";
import "@/lib/analysis/size/bundled-data";
import { formatBytes } from "@/lib/analysis/size/bytes";
import { formatSaving } from "@/lib/client/format";
import { findLesson, LESSONS, type Lesson } from "@/lib/lessons";
import { quizProblems } from "@/lib/lessons/quiz";
import { reviewLesson } from "@/lib/lessons/review";

interface Props {
  params: Promise<{ id: string }>;
  /** `?quiz` opens the lesson with its findings hidden, for a trainer to hand out. */
  searchParams: Promise<{ quiz?: string }>;
}

export function generateStaticParams() {
  return LESSONS.map((lesson) => ({ id: lesson.id }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lesson = findLesson((await params).id);
  return lesson ? { title: `${lesson.title} — Shipshape lessons`, description: lesson.summary.replaceAll("`", "") } : { title: "Lesson not found — Shipshape" };
}

/** The download size of the image a version's Dockerfile builds, if it has one. */
function imageBytes(reports: FileReport[]): number | undefined {
  return reports.find((report) => report.size)?.size?.compressedBytes.estimate;
}

/** One lesson: the practice, the flawed files with the review's findings on them, the files done right and what changed. */
export default async function LessonPage({ params, searchParams }: Props) {
  // Rendered per request so each response carries the CSP nonce set in proxy.ts.
  await connection();
  const lesson = findLesson((await params).id);
  if (!lesson) notFound();
  const index = LESSONS.indexOf(lesson);
  const previous = LESSONS[index - 1];
  const next = LESSONS[index + 1];
  const review = reviewLesson(lesson);
  const sizeBefore = imageBytes(review.before);
  const sizeAfter = imageBytes(review.after);

  return (
    <main className="mx-auto max-w-4xl px-4 pb-12">
      <p className="mt-4 text-sm">
        <Link href="/lessons" className="text-accent underline">
          Lessons
        </Link>{" "}
        <span className="text-ink-muted">
          · Lesson {index + 1} of {LESSONS.length}
        </span>
      </p>
      <h1 className="mt-2 text-2xl font-bold">{lesson.title}</h1>
      <p className="mt-1 text-lg">
        <MessageText text={lesson.summary} />
      </p>

      <LessonQuizProvider startHidden={(await searchParams).quiz !== undefined}>
        <PageSection title="The practice">
          {lesson.explanation.map((paragraph, i) => (
            <p key={i} className="mt-2 first:mt-0">
              <MessageText text={paragraph} />
            </p>
          ))}
        </PageSection>

        <PageSection title="The flawed version">
          <LessonQuiz lessonId={lesson.id} files={lesson.before.files} problems={await quizProblems(review.before, lesson.before.files)}>
            <p className="mt-3">
              <MessageText text={lesson.before.note} />
              {sizeBefore !== undefined && <> Estimated image: ≈ {formatBytes(sizeBefore)} to download.</>}
            </p>
            <div className="mt-3 flex flex-col gap-4">
              {lesson.before.files.map((file, fileIndex) => (
                <SharedFileView key={file.path} file={file} fileIndex={fileIndex} report={review.before.find((report) => report.path === file.path)} redactions={[]} headingLevel={3} />
              ))}
              <ReportFindings files={review.before} heading="What the review reports" headingLevel={3} />
            </div>
            {review.otherFindings.before > 0 && (
              <p className="mt-2 text-sm text-ink-muted">
                Only the findings of this lesson are shown; the review has {review.otherFindings.before} more to say about these files.
              </p>
            )}
          </LessonQuiz>
          <HiddenDuringQuiz>
            <TryIt lesson={lesson} />
          </HiddenDuringQuiz>
        </PageSection>

        <HiddenDuringQuiz>
          <PageSection title="Done right">
            <p>
              <MessageText text={lesson.after.note} />
            </p>
            <p className="mt-2" data-testid="after-summary">
              The review reports none of this lesson&apos;s findings on it
              {sizeBefore !== undefined && sizeAfter !== undefined && (
                <>
                  , and the image comes to ≈ {formatBytes(sizeAfter)} to download: {formatSaving(sizeBefore - sizeAfter, sizeBefore)} against the flawed version
                </>
              )}
              .
            </p>
            <div className="mt-3 flex flex-col gap-4">
              {lesson.after.files.map((file, fileIndex) => {
                const before = lesson.before.files.find((candidate) => candidate.path === file.path);
                // A file the fix adds is shown whole; a changed one as a diff.
                if (!before) return <SharedFileView key={file.path} file={file} fileIndex={lesson.before.files.length + fileIndex} report={undefined} redactions={[]} headingLevel={3} />;
                return (
                  <section key={file.path} aria-label={`Changes to ${file.path}`} className="rounded-md border border-line bg-surface">
                    <h3 className="border-b border-line px-4 py-3 font-mono text-base font-semibold">
                      {file.path} <span className="font-sans text-sm font-normal text-ink-muted">(what changed)</span>
                    </h3>
                    <div className="p-2">
                      <DiffTable before={before.content} after={file.content} label={`What changed in ${file.path}`} />
                    </div>
                  </section>
                );
              })}
            </div>
            <p className="mt-3">
              <a href={`/?lesson=${lesson.id}&version=after`} className="text-accent underline">
                Open the fixed version in the review
              </a>
            </p>
          </PageSection>

          <PageSection title="Remember">
            <ul className="list-disc pl-5">
              {lesson.takeaways.map((takeaway, i) => (
                <li key={i}>
                  <MessageText text={takeaway} />
                </li>
              ))}
            </ul>
          </PageSection>

          <PageSection title="For discussion">
            <ul className="list-disc pl-5">
              {lesson.discussion.map((question, i) => (
                <li key={i}>{question}</li>
              ))}
            </ul>
          </PageSection>

          <PageSection title="The rules of this lesson">
            <ul className="flex flex-col gap-1">
              {lesson.rules.map((id) => (
                <li key={id}>
                  <Link href={`/rules/${id}`} className="font-mono font-semibold underline underline-offset-2">
                    {id}
                  </Link>
                  : <MessageText text={findRule(id)?.meta.docs.summary ?? ""} />
                </li>
              ))}
            </ul>
          </PageSection>
        </HiddenDuringQuiz>
      </LessonQuizProvider>

      <nav aria-label="Other lessons" className="mt-10 flex justify-between gap-4 border-t border-line pt-4 text-sm">
        {previous ? (
          <Link href={`/lessons/${previous.id}`} rel="prev" className="underline">
            ← {previous.title}
          </Link>
        ) : (
          <span />
        )}
        {next && (
          <Link href={`/lessons/${next.id}`} rel="next" className="text-right underline">
            {next.title} →
          </Link>
        )}
      </nav>
    </main>
  );
}

/** The exercise: the flawed files, opened in the review for the reader to fix. */
function TryIt({ lesson }: { lesson: Lesson }) {
  return (
    <div className="mt-4 rounded-md border border-accent p-4">
      <h3 className="font-semibold">Your turn</h3>
      <p className="mt-1">
        Open these files in the review and fix them until it reports none of <span className="font-mono">{lesson.rules.join(", ")}</span>. Quick fixes
        (Ctrl+. on a squiggle) do part of the work; the size panel shows what each change saves.
      </p>
      <p className="mt-3">
        <a href={`/?lesson=${lesson.id}`} className="inline-block rounded bg-accent px-3 py-1.5 font-semibold text-surface">
          Fix it yourself in the review
        </a>{" "}
        <span className="text-sm text-ink-muted">It replaces the files open in your review.</span>
      </p>
    </div>
  );
}
