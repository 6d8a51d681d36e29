import type { FileReport } from "@/lib/analysis";

/** A place the lesson's findings point at: the first line of one or more findings, and how far they reach. */
export interface QuizProblem {
  path: string;
  line: number;
  endLine: number;
  rules: string[];
}

/** A line a reader picked as breaking the practice. */
export interface QuizPick {
  path: string;
  line: number;
}

export interface QuizScore {
  found: QuizProblem[];
  missed: QuizProblem[];
  /** Picked lines that none of the lesson's findings covers. */
  wrongPicks: QuizPick[];
}

/** The problems of a lesson's flawed files: its findings grouped by the line they start on. */
export function quizProblems(reports: readonly FileReport[]): QuizProblem[] {
  const problems: QuizProblem[] = [];
  for (const report of reports) {
    const byLine = new Map<number, QuizProblem>();
    for (const { rule, range } of report.findings) {
      const line = range.start.line;
      // Ends are exclusive: a range ending at the start of a line stops on the line before.
      const endLine = Math.max(line, range.end.column === 1 ? range.end.line - 1 : range.end.line);
      const problem = byLine.get(line);
      if (!problem) byLine.set(line, { path: report.path, line, endLine, rules: [rule] });
      else {
        problem.endLine = Math.max(problem.endLine, endLine);
        if (!problem.rules.includes(rule)) problem.rules.push(rule);
      }
    }
    problems.push(...[...byLine.values()].sort((a, b) => a.line - b.line));
  }
  return problems;
}

const covers = (problem: QuizProblem, pick: QuizPick) => problem.path === pick.path && problem.line <= pick.line && pick.line <= problem.endLine;

/** A problem counts as found when a picked line falls anywhere in what its findings cover (a RUN may span lines). */
export function scoreQuiz(problems: readonly QuizProblem[], picks: readonly QuizPick[]): QuizScore {
  const found = problems.filter((problem) => picks.some((pick) => covers(problem, pick)));
  return {
    found,
    missed: problems.filter((problem) => !found.includes(problem)),
    wrongPicks: picks.filter((pick) => !problems.some((problem) => covers(problem, pick))),
  };
}
