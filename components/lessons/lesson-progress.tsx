"use client";

import { useMemo, useSyncExternalStore } from "react";
import { describeRecord, isComplete, parseProgress, PROGRESS_STORAGE_KEY, withQuizResult, type LessonProgress, type QuizRecord } from "@/lib/lessons/progress";

/** Tells this tab's readers that the stored progress changed (other tabs hear the `storage` event). */
const CHANGED = "shipshape:lesson-progress";

function subscribe(onChange: () => void): () => void {
  window.addEventListener("storage", onChange);
  window.addEventListener(CHANGED, onChange);
  return () => {
    window.removeEventListener("storage", onChange);
    window.removeEventListener(CHANGED, onChange);
  };
}

function storedText(): string | null {
  try {
    return localStorage.getItem(PROGRESS_STORAGE_KEY) ?? "{}";
  } catch {
    return "{}";
  }
}

/** The reader's progress; undefined while rendering on the server, which cannot know it. */
function useLessonProgress(): LessonProgress | undefined {
  const text = useSyncExternalStore(subscribe, storedText, () => null);
  return useMemo(() => (text === null ? undefined : parseProgress(text)), [text]);
}

function store(progress: LessonProgress | undefined): void {
  try {
    if (progress === undefined) localStorage.removeItem(PROGRESS_STORAGE_KEY);
    else localStorage.setItem(PROGRESS_STORAGE_KEY, JSON.stringify(progress));
  } catch {
    // Storage refused (private mode, quota): the result is only shown, not kept.
  }
  window.dispatchEvent(new Event(CHANGED));
}

/** Keeps a checked quiz's result as the lesson's best. */
export function saveQuizResult(lessonId: string, result: QuizRecord): void {
  store(withQuizResult(parseProgress(storedText()), lessonId, result));
}

/** A lesson's best quiz result, on the lessons' list. */
export function LessonProgressNote({ lessonId }: { lessonId: string }) {
  const record = useLessonProgress()?.[lessonId];
  if (!record) return null;
  return (
    <p className="mt-2 text-sm font-semibold" data-testid="lesson-progress">
      <span aria-hidden="true">{isComplete(record) ? "✓ " : ""}</span>
      {describeRecord(record)}
    </p>
  );
}

/** How many of the lessons' quizzes the reader has checked, kept in this browser, and a way to start over. */
export function LessonProgressSummary({ lessonIds }: { lessonIds: readonly string[] }) {
  const progress = useLessonProgress();
  if (!progress) return null;
  const taken = lessonIds.filter((id) => progress[id]);
  if (taken.length === 0) return null;
  const complete = taken.filter((id) => isComplete(progress[id]!)).length;
  return (
    <p className="mt-3 flex flex-wrap items-center gap-3 text-sm" role="status">
      <span>
        You have checked {taken.length} of {lessonIds.length} quizzes; in {complete} you spotted every problem with no wrong pick. Kept in this browser only.
      </span>
      <button type="button" onClick={() => store(undefined)} className="rounded border border-line px-2 py-1 hover:border-accent">
        Forget my progress
      </button>
    </p>
  );
}
