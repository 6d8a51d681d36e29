import type { FileReport, Finding, SourceFile } from "@/lib/analysis";
import type { Instruction, Stage } from "@/lib/analysis/dockerfile/model";
import type { Range } from "@/lib/analysis/types";

// The parsers are imported on demand, on the server: the quiz's client component imports this module to score the
// picks, and would otherwise download them with it.

/** A problem of the lesson: findings that start on one line, and every line a reader may pick to point at it. */
export interface QuizProblem {
  path: string;
  /** Where its findings start: the checked quiz names the rules there. */
  line: number;
  /** The lines a pick finds it on, in order. */
  lines: number[];
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

/**
 * Rules that report something missing from a Dockerfile stage at one line, and the other instructions of the stage a
 * reader who sees the gap would point at. Not the whole stage: picking every line must still give wrong picks.
 */
const STAGE_ANSWERS: Record<string, (stage: Stage) => Instruction[]> = {
  // Reported at the FROM; the missing USER belongs before the command that starts the app.
  "no-root-user": (stage) => stage.instructions.filter((instruction) => instruction.keyword === "CMD" || instruction.keyword === "ENTRYPOINT"),
  // Reported at the build command; the FROM is the image that should only build.
  "use-multi-stage-build": (stage) => [stage.from],
};

/** The lines a finding covers. Ends are exclusive: a range ending at the start of a line stops on the line before. */
function rangeLines({ range }: Finding): number[] {
  const last = Math.max(range.start.line, range.end.column === 1 ? range.end.line - 1 : range.end.line);
  return Array.from({ length: last - range.start.line + 1 }, (_, index) => range.start.line + index);
}

/** For each finding of a Dockerfile, the lines of its stage where it may be spotted too. */
async function dockerfileAnswers(content: string): Promise<(finding: Finding) => number[]> {
  const { parseDockerfile } = await import("@/lib/analysis/dockerfile/model");
  const { stages } = parseDockerfile(content);
  const lineOf = (instruction: Instruction) => instruction.range.start.line;
  return (finding) => {
    const answers = STAGE_ANSWERS[finding.rule];
    const stage = stages.findLast((candidate) => lineOf(candidate.from) <= finding.range.start.line);
    return answers && stage ? answers(stage).map(lineOf) : [];
  };
}

/**
 * For each finding of a compose file that points at a key (a service's name, `depends_on`), every line of the key's
 * value: the finding is about the whole of it (a service without limits, a dependency in the short form).
 */
async function composeAnswers(content: string): Promise<(finding: Finding) => number[]> {
  const [{ isNode, isScalar, visit }, { parseCompose }, { rangeOf }] = await Promise.all([import("yaml"), import("@/lib/analysis/compose/model"), import("@/lib/analysis/compose/nodes")]);
  // Parsed and ranged as the compose rules do, so a key reads as the range a finding gives it.
  const file = parseCompose("compose.yaml", content);
  const valueLinesByKey = new Map<string, number[]>();
  if (file.doc) {
    visit(file.doc, {
      Pair(_, pair) {
        if (!isScalar(pair.key) || !isNode(pair.value) || !pair.value.range) return;
        const key = rangeOf(file.lines, pair.key);
        const last = file.lines.positionAt(pair.value.range[1]).line;
        valueLinesByKey.set(rangeKey(key), Array.from({ length: last - key.start.line + 1 }, (_, index) => key.start.line + index));
      },
    });
  }
  return (finding) => valueLinesByKey.get(rangeKey(finding.range)) ?? [];
}

const rangeKey = ({ start, end }: Range) => `${start.line}:${start.column}-${end.line}:${end.column}`;

/**
 * The problems of a lesson's flawed files: their findings grouped by the line they start on. A problem is found on
 * any line its findings cover, and on the lines a reader would point at for something missing (see STAGE_ANSWERS,
 * composeAnswers).
 */
export async function quizProblems(reports: readonly FileReport[], files: readonly SourceFile[]): Promise<QuizProblem[]> {
  const problems: QuizProblem[] = [];
  for (const report of reports) {
    const content = files.find((file) => file.path === report.path)?.content ?? "";
    const answers = report.kind === "dockerfile" ? await dockerfileAnswers(content) : report.kind === "compose" ? await composeAnswers(content) : () => [];
    const byLine = new Map<number, { rules: string[]; lines: Set<number> }>();
    for (const finding of report.findings) {
      const line = finding.range.start.line;
      const problem = byLine.get(line) ?? { rules: [], lines: new Set<number>() };
      byLine.set(line, problem);
      if (!problem.rules.includes(finding.rule)) problem.rules.push(finding.rule);
      for (const covered of [...rangeLines(finding), ...answers(finding)]) problem.lines.add(covered);
    }
    const inFile = [...byLine].map(([line, { rules, lines }]) => ({ path: report.path, line, lines: [...lines].sort((a, b) => a - b), rules }));
    problems.push(...inFile.sort((a, b) => a.line - b.line));
  }
  return problems;
}

/**
 * The problem a picked line points at. Where problems overlap (a service lacking limits, and its `depends_on` in
 * it), the line points at the narrowest: one pick finds one problem.
 */
export function problemAt(problems: readonly QuizProblem[], pick: QuizPick): QuizProblem | undefined {
  let narrowest: QuizProblem | undefined;
  for (const problem of problems) {
    if (problem.path !== pick.path || !problem.lines.includes(pick.line)) continue;
    if (!narrowest || problem.lines.length < narrowest.lines.length) narrowest = problem;
  }
  return narrowest;
}

/** Scores the picks: each finds the problem it points at (`problemAt`), or is a wrong pick. */
export function scoreQuiz(problems: readonly QuizProblem[], picks: readonly QuizPick[]): QuizScore {
  const pointedAt = picks.map((pick) => problemAt(problems, pick));
  const found = problems.filter((problem) => pointedAt.includes(problem));
  return {
    found,
    missed: problems.filter((problem) => !found.includes(problem)),
    wrongPicks: picks.filter((_, index) => !pointedAt[index]),
  };
}
