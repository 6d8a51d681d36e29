// Direct module import: the "@/lib/analysis" index would pull the whole engine into the page bundle.
import { isBuildArgName, parseBuildArgLines, type BuildArgs } from "@/lib/analysis/build-args";

export interface BuildArgLinesReview {
  args: BuildArgs;
  /** Lines that keep the arguments from being applied. */
  problems: string[];
  /** Lines that are taken but probably not as meant: a name set twice, of which the later value wins. */
  warnings: string[];
}

/**
 * The Build args dialog's reading of its text: the engine's (`parseBuildArgLines`), with a line that has no name
 * before `=` said in words (the engine's generic message quotes the empty name), and names set more than once flagged.
 */
export function reviewBuildArgLines(text: string): BuildArgLinesReview {
  const { args, problems } = parseBuildArgLines(text);
  const unnamed = new Set<string>();
  const linesByName = new Map<string, number[]>();
  text.split(/\r?\n/).forEach((line, index) => {
    const trimmed = line.trim();
    const equals = trimmed.indexOf("=");
    if (trimmed.startsWith("#") || equals === -1) return;
    const name = trimmed.slice(0, equals).trim();
    if (name === "") unnamed.add(`Line ${index + 1}:`);
    else if (isBuildArgName(name)) linesByName.set(name, [...(linesByName.get(name) ?? []), index + 1]);
  });
  const warnings = [...linesByName]
    .filter(([, lines]) => lines.length > 1)
    .map(([name, lines]) => `\`${name}\` is set on lines ${listed(lines)}: the last one, line ${lines.at(-1)}, wins.`);
  return {
    args,
    problems: problems.map((problem) => {
      const line = problem.slice(0, problem.indexOf(":") + 1);
      return unnamed.has(line) ? `${line.slice(0, -1)} has no name before \`=\`.` : problem;
    }),
    warnings,
  };
}

/** "2 and 4", "2, 4 and 6". */
function listed(numbers: number[]): string {
  return numbers.length > 1 ? `${numbers.slice(0, -1).join(", ")} and ${numbers.at(-1)}` : String(numbers[0]);
}
