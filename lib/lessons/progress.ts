/**
 * What a reader has done with the lessons, kept in their browser: for each lesson whose quiz they checked, their best
 * result. Pure: the storage is the caller's (components/lessons/lesson-progress.ts).
 */

/** A lesson's best quiz result: the most problems spotted, and whether a try found all with no wrong pick. */
export interface QuizRecord {
  found: number;
  total: number;
  perfect: boolean;
}

export type LessonProgress = Readonly<Record<string, QuizRecord>>;

export const PROGRESS_STORAGE_KEY = "shipshape.lessons.progress";

const isRecord = (value: unknown): value is QuizRecord => {
  const record = value as QuizRecord;
  return typeof value === "object" && value !== null && Number.isInteger(record.found) && Number.isInteger(record.total)
    && record.found >= 0 && record.total > 0 && record.found <= record.total && typeof record.perfect === "boolean";
};

/** The progress stored as JSON; what is not a valid record (an old format, a hand edit) is left out. Never throws. */
export function parseProgress(text: string | null): LessonProgress {
  let json: unknown;
  try {
    json = JSON.parse(text ?? "{}");
  } catch {
    return {};
  }
  if (typeof json !== "object" || json === null || Array.isArray(json)) return {};
  return Object.fromEntries(Object.entries(json).filter(([, record]) => isRecord(record)));
}

/** The progress with one more checked quiz: the lesson keeps its best result (most found, then perfect). */
export function withQuizResult(progress: LessonProgress, lessonId: string, result: { found: number; total: number; wrongPicks: number }): LessonProgress {
  const latest: QuizRecord = { found: result.found, total: result.total, perfect: result.found === result.total && result.wrongPicks === 0 };
  const best = progress[lessonId];
  // A lesson whose problems changed since (another total) starts over.
  const keep = best && best.total === latest.total && (best.found > latest.found || (best.found === latest.found && (best.perfect || !latest.perfect)));
  return keep ? progress : { ...progress, [lessonId]: latest };
}

/** "Quiz: 3 of 4 spotted", "Quiz: all 4 spotted". */
export function describeRecord(record: QuizRecord): string {
  if (record.perfect) return `Quiz: all ${record.total} spotted, no wrong pick`;
  return record.found === record.total ? `Quiz: all ${record.total} spotted` : `Quiz: ${record.found} of ${record.total} spotted`;
}
