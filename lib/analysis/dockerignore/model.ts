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
  matcher: PathMatcher | undefined;
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

/** Tests whether a path (or one of its parents) matches a pattern: a regular expression, or `GlobMachine`. */
export interface PathMatcher {
  test(path: string): boolean;
}

/** One step of a pattern: a character, `?`, a class, `*` (within a name), `**` before more of the pattern, `**` at the end. */
type GlobToken =
  | { kind: "char"; code: number; source: string }
  | { kind: "one" }
  /** `[...]`, and `\x`, which is `\x` in the expression too (so `\d` is a digit, as in Go's). */
  | { kind: "class"; matches: RegExp; source: string }
  | { kind: "star" }
  | { kind: "dirs" }
  | { kind: "rest" };

/**
 * Patterns with more wildcards than this are matched by `GlobMachine`, in time linear in the path: the regular
 * expression of a pattern repeating `**` with a name between, or `*a*a*a`, backtracks exponentially on a path it does
 * not match (Go's regexp, which Docker uses, never backtracks).
 */
const MAX_REGEX_WILDCARDS = 2;

/**
 * Translates a Docker ignore pattern into a matcher, as patternmatcher does: `*` and `?` stop at `/`, `**` crosses
 * directories, `[...]` classes pass through, `\` escapes the next character. Returns undefined for a pattern Go would
 * reject (an unclosed class), which then matches nothing. `matcher`: which of the two to use; by default the regular
 * expression unless the pattern has more wildcards than it can take (tests compare the two).
 */
export function patternMatcher(pattern: string, matcher: "auto" | "linear" | "regex" = "auto"): PathMatcher | undefined {
  const tokens = globTokens(pattern);
  if (!tokens) return undefined;
  const wildcards = tokens.filter((token) => token.kind === "star" || token.kind === "dirs" || token.kind === "rest").length;
  if (matcher === "linear" || (matcher === "auto" && wildcards > MAX_REGEX_WILDCARDS)) return new GlobMachine(tokens);
  try {
    const regex = new RegExp(`^${tokens.map(tokenSource).join("")}$`);
    // Compiled at its first use on each kind of string: a pattern too long to compile fails here, not inside a rule.
    regex.test("");
    regex.test("\u0100");
    return regex;
  } catch {
    return undefined;
  }
}

function globTokens(pattern: string): GlobToken[] | undefined {
  const tokens: GlobToken[] = [];
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i]!;
    if (ch === "*") {
      if (pattern[i + 1] === "*") {
        i++;
        if (pattern[i + 1] === "/") i++;
        const kind = i + 1 >= pattern.length ? "rest" : "dirs";
        // `**/**/` matches what one `**/` matches, and `**/**` what `**` does.
        if (tokens.at(-1)?.kind === "dirs") tokens.pop();
        tokens.push({ kind });
      } else tokens.push({ kind: "star" });
    } else if (ch === "?") tokens.push({ kind: "one" });
    else if (ch === "\\") {
      const next = pattern[++i];
      if (next === undefined) return undefined;
      const token = classToken(`\\${next}`);
      if (!token) return undefined;
      tokens.push(token);
    } else if (ch === "[") {
      const close = pattern.indexOf("]", i + 2);
      if (close === -1) return undefined;
      // Go's classes (`[a-z]`, `[^0-9]`) read the same as JavaScript's.
      const token = classToken(`[${pattern.slice(i + 1, close)}]`);
      if (!token) return undefined;
      tokens.push(token);
      i = close;
    } else tokens.push({ kind: "char", code: pattern.charCodeAt(i), source: REGEX_SPECIAL.has(ch) ? `\\${ch}` : ch });
  }
  return tokens;
}

function classToken(source: string): GlobToken | undefined {
  try {
    return { kind: "class", matches: new RegExp(`^${source}$`), source };
  } catch {
    return undefined;
  }
}

function tokenSource(token: GlobToken): string {
  switch (token.kind) {
    case "char":
    case "class":
      return token.source;
    case "one":
      return "[^/]";
    case "star":
      return "[^/]*";
    case "dirs":
      return "(.*/)?";
    case "rest":
      return ".*";
  }
}

const SLASH = 47;

/** What `.` leaves out in a regular expression (so `**` does too). */
function isLineTerminator(code: number): boolean {
  return code === 10 || code === 13 || code === 0x2028 || code === 0x2029;
}

/**
 * Matches a pattern's tokens by following every way through them at once (Thompson's construction): one pass over
 * the path, each character costing at most one look at each token.
 */
class GlobMachine implements PathMatcher {
  constructor(private readonly tokens: readonly GlobToken[]) {}

  test(path: string): boolean {
    const count = this.tokens.length;
    // `at[i]`: the path read so far can end right before token i. `inside[i]`: within the `.*` of `(.*/)?` token i.
    let at = new Uint8Array(count + 1);
    let inside = new Uint8Array(count);
    let nextAt = new Uint8Array(count + 1);
    let nextInside = new Uint8Array(count);
    at[0] = 1;
    this.skipEmpty(at);
    for (let p = 0; p < path.length; p++) {
      const code = path.charCodeAt(p);
      nextAt.fill(0);
      nextInside.fill(0);
      let alive = false;
      for (let i = 0; i < count; i++) {
        const token = this.tokens[i]!;
        if (token.kind === "dirs") {
          if (!at[i] && !inside[i]) continue;
          if (!isLineTerminator(code)) nextInside[i] = 1;
          if (code === SLASH) nextAt[i + 1] = 1;
          alive = true;
          continue;
        }
        if (!at[i]) continue;
        let advances = false;
        let stays = false;
        switch (token.kind) {
          case "char":
            advances = code === token.code;
            break;
          case "one":
            advances = code !== SLASH;
            break;
          case "class":
            advances = token.matches.test(path[p]!);
            break;
          case "star":
            stays = code !== SLASH;
            break;
          case "rest":
            stays = !isLineTerminator(code);
            break;
        }
        if (advances) nextAt[i + 1] = 1;
        if (stays) nextAt[i] = 1;
        alive ||= advances || stays;
      }
      if (!alive) return false;
      [at, nextAt] = [nextAt, at];
      [inside, nextInside] = [nextInside, inside];
      this.skipEmpty(at);
    }
    return at[count] === 1;
  }

  /** Adds the places reached past the tokens that may match nothing: `*` and both kinds of `**`. */
  private skipEmpty(at: Uint8Array): void {
    for (let i = 0; i < this.tokens.length; i++) {
      const kind = this.tokens[i]!.kind;
      if (at[i] && (kind === "star" || kind === "dirs" || kind === "rest")) at[i + 1] = 1;
    }
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
      matcher: pattern === "" ? undefined : patternMatcher(pattern),
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
  return pattern.matcher !== undefined && pathAndItsParents.some((candidate) => pattern.matcher!.test(candidate));
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

/**
 * Whether a `!` line after `excluding` may bring back something under `path`: Docker still walks an excluded
 * directory when an exception can match inside it (`src` then `!src/index.js` sends `src/index.js`), so a COPY of the
 * directory copies what came back.
 */
export function mayReincludeUnder(file: DockerignoreFile, excluding: IgnorePattern, path: string): boolean {
  const segments = normalizePath(path).split("/").filter(Boolean);
  return file.patterns.some((pattern) => pattern.negated && pattern.line > excluding.line && reachesUnder(pattern.pattern.split("/"), segments));
}

/** Whether a pattern's segments can match a path strictly under the one of `segments`. */
function reachesUnder(pattern: readonly string[], segments: readonly string[]): boolean {
  for (const [index, segment] of segments.entries()) {
    const own = pattern[index];
    if (own === undefined) return false;
    if (own === "**") return true;
    if (own !== segment && !(WILDCARD.test(own) && patternMatcher(own)?.test(segment))) return false;
  }
  return pattern.length > segments.length;
}
