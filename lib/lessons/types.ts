/** A file of a lesson's workspace, as the review opens it. */
export interface LessonFile {
  path: string;
  content: string;
}

/**
 * One lesson: a practice explained, a flawed workspace that breaks it, and the same workspace done right. Tests hold
 * every lesson to its word: each rule it teaches reports on `before`, none of them on `after`, and `after` draws no
 * error or warning at all.
 */
export interface Lesson {
  /** The lesson's address: /lessons/<id>. */
  id: string;
  title: string;
  /** One sentence for the list of lessons. */
  summary: string;
  /** Paragraphs: what the practice is and why it matters. Inline `code` is written in backticks. */
  explanation: string[];
  /** The rules the lesson teaches, by id. */
  rules: string[];
  before: { files: LessonFile[]; /** What is wrong with it, in a sentence or two. */ note: string };
  after: { files: LessonFile[]; /** What changed, in a sentence or two. */ note: string };
  /** What to remember, a line each. */
  takeaways: string[];
  /** Questions a trainer can put to the room. */
  discussion: string[];
}
