import { describe, expect, it } from "vitest";
import type { FileReport, Finding } from "@/lib/analysis";
import { findLesson, LESSONS } from "./index";
import type { Lesson } from "./types";
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

const lines = (count: number) => Array.from({ length: count }, (_, index) => `line ${index + 1}`).join("\n");

/** Every non-blank line of a lesson's flawed files picked. */
function everyLine(lesson: Lesson) {
  return lesson.before.files.flatMap((file) =>
    file.content.split("\n").flatMap((text, index) => (text.trim() === "" ? [] : [{ path: file.path, line: index + 1 }])),
  );
}

/** The quiz of a lesson, with the picks of the given lines of its first file scored. */
async function quiz(id: string, picks: number[]) {
  const lesson = findLesson(id)!;
  const problems = await quizProblems(reviewLesson(lesson).before, lesson.before.files);
  const path = lesson.before.files[0]!.path;
  return { problems, score: scoreQuiz(problems, picks.map((line) => ({ path, line }))) };
}

/** The rules of the problems the picks find. */
const foundRules = async (id: string, picks: number[]) => (await quiz(id, picks)).score.found.map((problem) => problem.rules);

describe("lesson quiz", () => {
  it("groups findings by the line they start on, each reaching as far as its longest finding", async () => {
    const problems = await quizProblems(
      [
        report("Dockerfile", [finding("b", [3, 5], [3, 20]), finding("a", [1, 1], [1, 5]), finding("c", [3, 1], [5, 9]), finding("b", [3, 30], [3, 31])]),
        report("compose.yaml", [finding("d", [2, 3], [3, 1])]),
      ],
      [],
    );
    expect(problems).toEqual([
      { path: "Dockerfile", line: 1, lines: [1], rules: ["a"] },
      { path: "Dockerfile", line: 3, lines: [3, 4, 5], rules: ["b", "c"] },
      // An exclusive end at the start of line 3 stops on line 2.
      { path: "compose.yaml", line: 2, lines: [2], rules: ["d"] },
    ]);
  });

  it("counts a problem found when a pick falls anywhere in it, and tells the picks that are not problems", async () => {
    const problems = await quizProblems([report("Dockerfile", [finding("a", [1, 1], [1, 5]), finding("c", [3, 1], [5, 9])]), report("compose.yaml", [finding("d", [2, 3], [2, 9])])], [
      { path: "Dockerfile", content: lines(5) },
    ]);
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

  it("asks about the lines a lesson's findings point at", async () => {
    const { problems } = await quiz("small-layers", []);
    expect(problems.map((problem) => [problem.line, problem.rules])).toEqual([
      [2, ["no-apt-lists-left", "no-stale-package-index"]],
      [3, ["use-no-install-recommends"]],
      [4, ["no-delete-in-later-layer"]],
      [7, ["use-pip-no-cache-dir"]],
    ]);
  });

  it("takes a missing USER where it belongs, before the command, as well as at the FROM it is reported on", async () => {
    expect(await foundRules("non-root", [7])).toEqual([["no-root-user"]]);
    expect(await foundRules("non-root", [1])).toEqual([["no-root-user"]]);
    expect((await quiz("non-root", [5])).score.wrongPicks).toHaveLength(1);
  });

  it("takes a single-stage build at its FROM as well as at the build command", async () => {
    expect(await foundRules("multi-stage", [1])).toEqual([["use-multi-stage-build"]]);
    expect(await foundRules("multi-stage", [6])).toEqual([["use-multi-stage-build"]]);
    expect((await quiz("multi-stage", [4])).score.wrongPicks).toHaveLength(1);
  });

  it("takes what a compose service lacks on any of its lines, and a key's problem anywhere in its value", async () => {
    const firstRules = async (picks: number[]) => (await foundRules("compose-production", picks)).map((rules) => rules[0]);
    // `- db` is the short form of depends_on, and only that: the narrowest problem a line is in is the one it finds.
    expect(await firstRules([9])).toEqual(["use-healthy-dependency"]);
    // Any line of a service points at what the service lacks (limits, restart, log rotation…).
    expect(await firstRules([5])).toEqual(["require-no-new-privileges"]);
    expect((await quiz("compose-production", [16])).score.found.map((problem) => problem.line)).toEqual([10]);
    expect(await firstRules([11])).toEqual(["pin-service-image"]);
  });

  it("leaves wrong picks for a reader who picks every line of any lesson", async () => {
    for (const lesson of LESSONS) {
      const problems = await quizProblems(reviewLesson(lesson).before, lesson.before.files);
      expect(scoreQuiz(problems, everyLine(lesson)).wrongPicks.length, lesson.id).toBeGreaterThan(0);
    }
  });
});
