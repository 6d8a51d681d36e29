import { PatternIndex, patternBudget, WILDCARD, type IgnorePattern } from "../../dockerignore/model";
import type { Range } from "../../types";
import { defineDockerignoreRule } from "../types";

type Problem = "invalid" | "duplicate" | "covered" | "nothing-to-except";

interface Data {
  pattern: IgnorePattern;
  problem: Problem;
  /** The earlier line that makes this one redundant. */
  earlier: IgnorePattern | undefined;
}

/** The line's whole extent, with its line break, so that removing it leaves no blank line. */
function lineRange(pattern: IgnorePattern, lineCount: number): Range {
  return pattern.line < lineCount
    ? { start: { line: pattern.line, column: 1 }, end: { line: pattern.line + 1, column: 1 } }
    : { start: { line: pattern.line, column: 1 }, end: pattern.range.end };
}

/** A line as written, but for blanks and the cleaning of its path: two lines spelt the same are duplicates. */
const spelling = (pattern: IgnorePattern) => `${pattern.negated ? "!" : ""}${pattern.pattern}`;

/** The lines read so far: the last one matching a path, and the last line written the same. */
class EarlierPatterns {
  private readonly index = new PatternIndex();
  /** Tests to find what decides about the file's literal lines: well beyond any real file's need. */
  private readonly budget = patternBudget(200_000);
  private readonly seen = new Map<string, IgnorePattern>();

  add(pattern: IgnorePattern): void {
    this.seen.set(spelling(pattern), pattern);
    this.index.add(pattern);
  }

  /** The last earlier line with the same pattern and the same `!`. */
  same(pattern: IgnorePattern): IgnorePattern | undefined {
    return this.seen.get(spelling(pattern));
  }

  /**
   * The last earlier line matching a literal path (or one of its parents); null once the file has used up its budget
   * of pattern tests (thousands of `**` lines would make the search quadratic).
   */
  deciding(path: string): IgnorePattern | undefined | null {
    return this.index.lastMatching(path, this.budget);
  }
}

function* problems(patterns: readonly IgnorePattern[]): Generator<Data> {
  const earlier = new EarlierPatterns();
  const lastException = patterns.findLastIndex((pattern) => pattern.negated);
  let exceptionLine = 0;
  for (const [index, pattern] of patterns.entries()) {
    const problem = problemOf(pattern, index, earlier, lastException, exceptionLine);
    if (problem) yield problem;
    earlier.add(pattern);
    if (pattern.negated) exceptionLine = pattern.line;
  }
}

/**
 * `lastException`: the index of the file's last `!` line; `exceptionLine`: the line of the last `!` line before this
 * one. A repeated line after an exception is not a duplicate: it takes back what the exception let in.
 */
function problemOf(pattern: IgnorePattern, index: number, earlier: EarlierPatterns, lastException: number, exceptionLine: number): Data | undefined {
  if (pattern.pattern === "" || !pattern.matcher) return { pattern, problem: "invalid", earlier: undefined };
  const duplicate = earlier.same(pattern);
  if (duplicate && duplicate.line > exceptionLine) return { pattern, problem: "duplicate", earlier: duplicate };
  if (duplicate) return undefined;
  // Only literal paths can be checked exactly; a wildcard line may still match something the earlier ones do not.
  if (WILDCARD.test(pattern.pattern)) return undefined;
  const deciding = earlier.deciding(pattern.pattern);
  if (deciding === null) return undefined;
  if (!pattern.negated && deciding && !deciding.negated && lastException < index) return { pattern, problem: "covered", earlier: deciding };
  if (pattern.negated && (!deciding || deciding.negated)) return { pattern, problem: "nothing-to-except", earlier: undefined };
  return undefined;
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
      useInstead: ".git\n.env*\n**/*.pem\n**/*.key\n**/id_rsa*\n**/id_ed25519*\n*.log\nlogs\nnode_modules\nconfig\n!config/app.conf\n",
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
