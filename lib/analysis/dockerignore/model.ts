import { listUnder } from "../arrays";
import { cleanPath, normalizePath } from "../paths";
import { LineIndex } from "../text";
import type { Range } from "../types";

/** One line of a .dockerignore, read the way Docker reads it (moby/patternmatcher). */
export interface IgnorePattern {
  /** The pattern as written on its line, without surrounding blanks. */
  source: string;
  /** The pattern Docker matches: `!` removed, cleaned like Go's filepath.Clean, leading `/` dropped. */
  pattern: string;
  /** A `!` line: re-includes what earlier lines excluded. */
  negated: boolean;
  range: Range;
  line: number;
  regex: RegExp | undefined;
}

export interface DockerignoreFile {
  path: string;
  text: string;
  lines: LineIndex;
  patterns: IgnorePattern[];
  /** The patterns indexed for `decidingPattern`. */
  index: PatternIndex;
}

const REGEX_SPECIAL = new Set([".", "+", "(", ")", "|", "{", "}", "$", "^"]);

/**
 * Translates a Docker ignore pattern into a regular expression, as patternmatcher does: `*` and `?` stop at
 * `/`, `**` crosses directories, `[...]` classes pass through, `\` escapes the next character.
 * Returns undefined for a pattern Go would reject (an unclosed class), which then matches nothing.
 */
export function patternToRegex(pattern: string): RegExp | undefined {
  let regex = "^";
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i]!;
    if (ch === "*") {
      if (pattern[i + 1] === "*") {
        i++;
        if (pattern[i + 1] === "/") i++;
        regex += i + 1 >= pattern.length ? ".*" : "(.*/)?";
      } else regex += "[^/]*";
    } else if (ch === "?") regex += "[^/]";
    else if (ch === "\\") {
      const next = pattern[++i];
      if (next === undefined) return undefined;
      regex += `\\${next}`;
    } else if (ch === "[") {
      const close = pattern.indexOf("]", i + 2);
      if (close === -1) return undefined;
      // Go's classes (`[a-z]`, `[^0-9]`) read the same as JavaScript's.
      regex += `[${pattern.slice(i + 1, close)}]`;
      i = close;
    } else regex += REGEX_SPECIAL.has(ch) ? `\\${ch}` : ch;
  }
  try {
    return new RegExp(`${regex}$`);
  } catch {
    return undefined;
  }
}

/** Go's filepath.Clean for a slash-separated pattern, then the leading `/` Docker drops. */
function cleanPattern(pattern: string): string {
  const cleaned = cleanPath(pattern);
  return cleaned.length > 1 && cleaned.startsWith("/") ? cleaned.slice(1) : cleaned;
}

export function parseDockerignore(path: string, text: string): DockerignoreFile {
  const lines = new LineIndex(text);
  const patterns: IgnorePattern[] = [];
  for (let line = 1; line <= lines.lineCount; line++) {
    const raw = lines.lineText(line);
    if (raw.startsWith("#")) continue;
    const source = raw.trim();
    if (source === "") continue;
    const negated = source.startsWith("!");
    const body = negated ? source.slice(1).trim() : source;
    const pattern = body === "" ? "" : cleanPattern(body);
    const column = raw.indexOf(source) + 1;
    patterns.push({
      source,
      pattern,
      negated,
      range: { start: { line, column }, end: { line, column: column + source.length } },
      line,
      regex: pattern === "" ? undefined : patternToRegex(pattern),
    });
  }
  const index = new PatternIndex();
  for (const pattern of patterns) index.add(pattern);
  return { path, text, lines, patterns, index };
}

/** A path (normalised) and each of its parent directories, longest first: what patterns are matched against. */
export function pathAndParents(path: string): string[] {
  const parts = normalizePath(path).split("/");
  return parts.map((_, i) => parts.slice(0, parts.length - i).join("/"));
}

/**
 * True when the pattern matches the path or one of its parent directories (excluding a directory excludes its
 * content), given as `pathAndParents` lists them: a path is looked up against many patterns.
 */
export function patternMatches(pattern: IgnorePattern, pathAndItsParents: readonly string[]): boolean {
  return pattern.regex !== undefined && pathAndItsParents.some((candidate) => pattern.regex!.test(candidate));
}

/** Characters that make a pattern (or one of its segments) match more than one literal name. */
export const WILDCARD = /[*?[\\]/;

/** How many more patterns lookups may test: a file of thousands of `**` lines looked up for thousands of paths would take minutes. */
export interface PatternBudget {
  testsLeft: number;
}

/** A budget for one lookup, or for a rule's many: far beyond what real files need. */
export function patternBudget(tests = 500_000): PatternBudget {
  return { testsLeft: tests };
}

/**
 * Patterns kept so that the last one matching a path is found without trying them all (a .dockerignore may have
 * thousands of lines): those whose first segment is literal under that segment, since they only match paths that
 * start with it; the others in one list. Lookups share a budget of pattern tests.
 */
export class PatternIndex {
  private readonly bySegment = new Map<string, IgnorePattern[]>();
  private readonly wildcards: IgnorePattern[] = [];

  add(pattern: IgnorePattern): void {
    const first = pattern.pattern.split("/")[0]!;
    if (WILDCARD.test(first)) {
      this.wildcards.push(pattern);
      return;
    }
    listUnder(this.bySegment, first).push(pattern);
  }

  /** The last pattern added that matches the path or one of its parents; null once the budget has run out. */
  lastMatching(path: string, budget: PatternBudget): IgnorePattern | undefined | null {
    const candidates = pathAndParents(path);
    const literal = lastOf(this.bySegment.get(candidates.at(-1)!) ?? [], candidates, budget);
    const wildcard = lastOf(this.wildcards, candidates, budget);
    if (literal === null || wildcard === null) return null;
    return literal && wildcard ? (literal.line > wildcard.line ? literal : wildcard) : literal ?? wildcard;
  }
}

function lastOf(patterns: readonly IgnorePattern[], candidates: readonly string[], budget: PatternBudget): IgnorePattern | undefined | null {
  for (let i = patterns.length - 1; i >= 0; i--) {
    if (--budget.testsLeft < 0) return null;
    if (patternMatches(patterns[i]!, candidates)) return patterns[i];
  }
  return undefined;
}

/**
 * The last pattern deciding about a path (Docker: the last matching line wins), undefined when none matches, null when
 * the budget of pattern tests ran out before the answer.
 */
export function decidingPattern(file: DockerignoreFile, path: string, budget = patternBudget()): IgnorePattern | undefined | null {
  return file.index.lastMatching(path, budget);
}

/** Whether Docker leaves this path (relative to the build context) out of the context; undefined when not known. */
export function isIgnored(file: DockerignoreFile, path: string): boolean | undefined {
  const deciding = decidingPattern(file, path);
  return deciding === null ? undefined : deciding !== undefined && !deciding.negated;
}
