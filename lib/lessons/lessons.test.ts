import { describe, expect, it } from "vitest";
import { analyze, findRule } from "@/lib/analysis";
import "@/lib/analysis/size/bundled-data";
import { findLesson, LESSONS } from "./index";
import { reviewLesson } from "./review";

const rulesReported = (files: { path: string; content: string }[]) => new Set(analyze(files).files.flatMap((file) => file.findings.map((finding) => finding.rule)));

describe("lessons", () => {
  it("have unique ids, known rules, and unique file paths within each version", () => {
    expect(new Set(LESSONS.map((lesson) => lesson.id)).size).toBe(LESSONS.length);
    for (const lesson of LESSONS) {
      expect(findLesson(lesson.id)).toBe(lesson);
      for (const id of lesson.rules) expect(findRule(id)?.meta.id, `${lesson.id}: ${id}`).toBe(id);
      for (const version of [lesson.before, lesson.after]) expect(new Set(version.files.map((file) => file.path)).size).toBe(version.files.length);
    }
  });

  it("show every rule they teach on the flawed version", () => {
    for (const lesson of LESSONS) {
      const reported = rulesReported(lesson.before.files);
      expect(lesson.rules.filter((id) => !reported.has(id)), lesson.id).toEqual([]);
    }
  });

  it("fix every rule they teach in the version done right, which draws no error or warning at all", () => {
    for (const lesson of LESSONS) {
      const report = analyze(lesson.after.files);
      const findings = report.files.flatMap((file) => file.findings.map((finding) => ({ path: file.path, rule: finding.rule, severity: finding.severity })));
      expect(findings.filter((finding) => lesson.rules.includes(finding.rule) || finding.severity === "error" || finding.severity === "warning"), lesson.id).toEqual([]);
    }
  });

  it("narrow the review to the lesson's rules and count the rest", () => {
    const lesson = findLesson("small-layers")!;
    const review = reviewLesson(lesson);
    const dockerfile = review.before.find((report) => report.path === "Dockerfile")!;
    expect(dockerfile.findings.map((finding) => [finding.rule, finding.range.start.line])).toEqual([
      ["no-apt-lists-left", 2],
      ["no-stale-package-index", 2],
      ["use-no-install-recommends", 3],
      ["no-delete-in-later-layer", 4],
      ["use-pip-no-cache-dir", 7],
    ]);
    // pin-os-packages and require-init-process are other lessons' business.
    expect(review.otherFindings.before).toBe(2);
    expect(review.after.flatMap((report) => report.findings)).toEqual([]);
    // The size estimate comes along: the fixed version downloads less.
    const after = review.after.find((report) => report.path === "Dockerfile")!;
    expect(after.size!.compressedBytes.estimate).toBeLessThan(dockerfile.size!.compressedBytes.estimate);
  });
});
