import { describe, expect, it } from "vitest";
import type { FileReport, Finding } from "@/lib/analysis";
import { findLesson } from "./index";
import { quizProblems, scoreQuiz } from "./quiz";
import { reviewLesson } from "./review";

const finding = (rule: string, start: [number, number], end: [number, number]): Finding => ({
  rule,
  aliases: [],
  severity: "warning",
  category: "size",
  message: "",
  range: { start: { line: start[0], column: start[1] }, end: { line: end[0], column: end[1] } },
  fixes: [],
});
const report = (path: string, findings: Finding[]): FileReport => ({ path, kind: "dockerfile", findings });

describe("lesson quiz", () => {
  it("groups findings by the line they start on, each reaching as far as its longest finding", () => {
    const problems = quizProblems([
      report("Dockerfile", [finding("b", [3, 5], [3, 20]), finding("a", [1, 1], [1, 5]), finding("c", [3, 1], [5, 9]), finding("b", [3, 30], [3, 31])]),
      report("compose.yaml", [finding("d", [2, 3], [3, 1])]),
    ]);
    expect(problems).toEqual([
      { path: "Dockerfile", line: 1, endLine: 1, rules: ["a"] },
      { path: "Dockerfile", line: 3, endLine: 5, rules: ["b", "c"] },
      // An exclusive end at the start of line 3 stops on line 2.
      { path: "compose.yaml", line: 2, endLine: 2, rules: ["d"] },
    ]);
  });

  it("counts a problem found when a pick falls anywhere in it, and tells the picks that are not problems", () => {
    const problems = quizProblems([report("Dockerfile", [finding("a", [1, 1], [1, 5]), finding("c", [3, 1], [5, 9])]), report("compose.yaml", [finding("d", [2, 3], [2, 9])])]);
    const score = scoreQuiz(problems, [
      { path: "Dockerfile", line: 4 },
      { path: "Dockerfile", line: 2 },
      { path: "compose.yaml", line: 1 },
    ]);
    expect(score.found.map((problem) => problem.line)).toEqual([3]);
    expect(score.missed.map((problem) => [problem.path, problem.line])).toEqual([
      ["Dockerfile", 1],
      ["compose.yaml", 2],
    ]);
    expect(score.wrongPicks).toEqual([
      { path: "Dockerfile", line: 2 },
      { path: "compose.yaml", line: 1 },
    ]);
  });

  it("asks about the lines a lesson's findings point at", () => {
    const problems = quizProblems(reviewLesson(findLesson("small-layers")!).before);
    expect(problems.map((problem) => [problem.line, problem.rules])).toEqual([
      [2, ["no-apt-lists-left", "no-stale-package-index"]],
      [3, ["use-no-install-recommends"]],
      [4, ["no-delete-in-later-layer"]],
      [7, ["use-pip-no-cache-dir"]],
    ]);
  });
});
