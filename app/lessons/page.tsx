import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { LessonProgressNote, LessonProgressSummary } from "@/components/lessons/lesson-progress";
import { MessageText } from "@/components/review/message-text";
import { LESSONS } from "@/lib/lessons";

export const metadata: Metadata = { title: "Lessons — Shipshape" };

/** The course: one practice per lesson, each with a flawed workspace to fix in the review. */
export default async function LessonsPage() {
  // Rendered per request so each response carries the CSP nonce set in proxy.ts.
  await connection();
  return (
    <main className="mx-auto max-w-3xl px-4 pb-12">
      <h1 className="mt-4 text-2xl font-bold">Lessons</h1>
      <p className="mt-1 text-ink-muted">
        One practice per lesson: why it matters, a flawed Dockerfile or compose file that breaks it, what the review says about it, and the same files
        done right. Spot the problems yourself first with the lesson&apos;s quiz, then open the flawed version in the review and fix it; alone, or
        together in a training session.
      </p>
      <LessonProgressSummary lessonIds={LESSONS.map((lesson) => lesson.id)} />
      <ol className="mt-6 flex flex-col gap-3">
        {LESSONS.map((lesson, index) => (
          <li key={lesson.id} className="rounded-md border border-line bg-surface p-4">
            <p className="text-sm text-ink-muted">Lesson {index + 1}</p>
            <h2 className="text-lg font-semibold">
              <Link href={`/lessons/${lesson.id}`} className="underline-offset-4 hover:underline">
                {lesson.title}
              </Link>
            </h2>
            <p className="mt-1">
              <MessageText text={lesson.summary} />
            </p>
            <p className="mt-2 text-sm text-ink-muted">
              {lesson.rules.length} {lesson.rules.length === 1 ? "rule" : "rules"}: <span className="font-mono">{lesson.rules.join(", ")}</span>
            </p>
            <LessonProgressNote lessonId={lesson.id} />
          </li>
        ))}
      </ol>
    </main>
  );
}
