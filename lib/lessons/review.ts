import { analyze, type FileReport } from "@/lib/analysis";
import type { Lesson } from "./types";

export interface LessonReview {
  /** The flawed files' reports, with only the findings of the rules the lesson teaches. */
  before: FileReport[];
  after: FileReport[];
  /** Findings of other rules, which the lesson leaves aside. */
  otherFindings: { before: number; after: number };
}

/** Lessons never change while the app runs: each is reviewed once. */
const reviews = new Map<string, LessonReview>();

/** The review of a lesson's two versions, as the dashboard would show them, narrowed to what the lesson teaches. */
export function reviewLesson(lesson: Lesson): LessonReview {
  let review = reviews.get(lesson.id);
  if (!review) {
    const taught = new Set(lesson.rules);
    const narrowed = (files: Lesson["before"]["files"]) => {
      const reports = analyze(files).files;
      const other = reports.reduce((sum, report) => sum + report.findings.filter((finding) => !taught.has(finding.rule)).length, 0);
      return { reports: reports.map((report) => ({ ...report, findings: report.findings.filter((finding) => taught.has(finding.rule)) })), other };
    };
    const before = narrowed(lesson.before.files);
    const after = narrowed(lesson.after.files);
    review = { before: before.reports, after: after.reports, otherFindings: { before: before.other, after: after.other } };
    reviews.set(lesson.id, review);
  }
  return review;
}
