/**
 * What a reader has done with the lessons, kept in their browser: for each lesson whose quiz they checked, their best
 * result. Pure: the storage is the caller's (components/lessons/lesson-progress.ts).
 */

/** A lesson's best quiz result: how many problems it spotted, and how many lines it picked that are none. */
export interface QuizRecord {
  found: number;
  total: number;
  wrongPicks: number;
}

export type LessonProgress = Readonly<Record<string, QuizRecord>>;

export const PROGRESS_STORAGE_KEY = "shipshape.lessons.progress";

const isCount = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0;

const isRecord = (value: unknown): value is QuizRecord => {
  const record = value as QuizRecord;
  return typeof value === "object" && value !== null && isCount(record.found) && isCount(record.wrongPicks) && isCount(record.total) && record.total > 0 && record.found <= record.total;
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

/** A quiz done: every problem spotted, and nothing picked that is not one (picking every line spots them all too). */
export const isComplete = (record: QuizRecord): boolean => record.found === record.total && record.wrongPicks === 0;

/**
 * Whether a result beats another. A try with no wrong pick ranks above any with wrong picks, however many those
 * spotted: a clean partial answer shows more than a scattershot one. Then more spotted ranks higher, then fewer
 * wrong picks.
 */
function isBetter(result: QuizRecord, than: QuizRecord): boolean {
  if ((result.wrongPicks === 0) !== (than.wrongPicks === 0)) return result.wrongPicks === 0;
  if (result.found !== than.found) return result.found > than.found;
  return result.wrongPicks < than.wrongPicks;
}

/** The progress with one more checked quiz: the lesson keeps its best result (see isBetter). */
export function withQuizResult(progress: LessonProgress, lessonId: string, result: QuizRecord): LessonProgress {
  const best = progress[lessonId];
  // A lesson whose problems changed since (another total) starts over.
  const keep = best && best.total === result.total && !isBetter(result, best);
  return keep ? progress : { ...progress, [lessonId]: { found: result.found, total: result.total, wrongPicks: result.wrongPicks } };
}

/** "Quiz: 3 of 4 spotted, 1 wrong pick", "Quiz: all 4 spotted, no wrong pick". */
export function describeRecord(record: QuizRecord): string {
  const spotted = record.found === record.total ? `Quiz: all ${record.total} spotted` : `Quiz: ${record.found} of ${record.total} spotted`;
  if (record.wrongPicks === 0) return record.found === record.total ? `${spotted}, no wrong pick` : spotted;
  return `${spotted}, ${record.wrongPicks === 1 ? "1 wrong pick" : `${record.wrongPicks} wrong picks`}`;
}
