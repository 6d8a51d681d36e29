import { patternMatches, type IgnorePattern } from "../../dockerignore/model";
import type { Range } from "../../types";
import { defineDockerignoreRule } from "../types";

type Problem = "invalid" | "duplicate" | "covered" | "nothing-to-except";

interface Data {
  pattern: IgnorePattern;
  problem: Problem;
  /** The earlier line that makes this one redundant. */
  earlier: IgnorePattern | undefined;
}

const WILDCARD = /[*?[\\]/;

/** The line's whole extent, with its line break, so that removing it leaves no blank line. */
function lineRange(pattern: IgnorePattern, lineCount: number): Range {
  return pattern.line < lineCount
    ? { start: { line: pattern.line, column: 1 }, end: { line: pattern.line + 1, column: 1 } }
    : { start: { line: pattern.line, column: 1 }, end: pattern.range.end };
}

function* problems(patterns: readonly IgnorePattern[]): Generator<Data> {
  for (const [index, pattern] of patterns.entries()) {
    const before = patterns.slice(0, index);
    if (pattern.pattern === "" || !pattern.regex) {
      yield { pattern, problem: "invalid", earlier: undefined };
      continue;
    }
    const duplicate = before.find((earlier) => earlier.negated === pattern.negated && earlier.pattern === pattern.pattern);
    if (duplicate) {
      yield { pattern, problem: "duplicate", earlier: duplicate };
      continue;
    }
    // Only literal paths can be checked exactly; a wildcard line may still match something the earlier ones do not.
    if (WILDCARD.test(pattern.pattern)) continue;
    const deciding = [...before].reverse().find((earlier) => patternMatches(earlier, pattern.pattern));
    if (!pattern.negated && deciding && !deciding.negated && !patterns.slice(index + 1).some((later) => later.negated)) {
      yield { pattern, problem: "covered", earlier: deciding };
    } else if (pattern.negated && (!deciding || deciding.negated)) {
      yield { pattern, problem: "nothing-to-except", earlier: undefined };
    }
  }
}

export default defineDockerignoreRule<Data>({
  meta: {
    id: "no-ineffective-dockerignore-pattern",
    aliases: ["dockerignore-redundant-pattern"],
    category: "maintainability",
    severity: "info",
    fileKind: "dockerignore",
    docs: {
      summary: "A .dockerignore line has no effect.",
      whatItDoes:
        "Flags lines that change nothing: duplicates, paths an earlier line already excludes (`node_modules` then " +
        "`node_modules/cache`), `!` exceptions for paths no earlier line excludes (order matters: the last matching " +
        "line wins), and patterns Docker cannot parse.",
      whyItMatters:
        "A dead exception usually means the author expected a file to be in the context (or out of it) and it is " +
        "not: an `!important.conf` placed before `*.conf` re-includes nothing.",
      example: "!config/app.conf\nconfig\n",
      useInstead: "config\n!config/app.conf\n",
      fixSafety: "Duplicates and covered paths are removed safely; a misplaced exception is left for you, since moving it changes the context.",
      whenNotToUse: "Lines kept on purpose as documentation.",
    },
  },
  check({ file }, report) {
    for (const data of problems(file.patterns)) report({ range: data.pattern.range, data });
  },
  message: ({ pattern, problem, earlier }) => {
    switch (problem) {
      case "invalid":
        return `\`${pattern.source}\` is not a valid pattern (empty, or an unclosed \`[\`); Docker refuses the context or ignores the line.`;
      case "duplicate":
        return `\`${pattern.source}\` repeats line ${earlier!.line}; remove it.`;
      case "covered":
        return `\`${pattern.source}\` is already excluded by \`${earlier!.source}\` on line ${earlier!.line}; this line changes nothing.`;
      case "nothing-to-except":
        return `\`${pattern.source}\` re-includes a path that no earlier line excludes, so it does nothing. Exceptions only work after the line that excludes the path: move it below that line.`;
    }
  },
  fix: ({ pattern, problem }, { file }) =>
    problem === "duplicate" || problem === "covered"
      ? { title: "Remove the redundant line", applicability: "safe", edits: [{ range: lineRange(pattern, file.lines.lineCount), text: "" }] }
      : undefined,
});
