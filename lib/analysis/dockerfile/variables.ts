/**
 * Variable expansion as BuildKit does it in Dockerfile instructions: `$A`, `${A}`, `${A:-x}`, `${A-x}`,
 * `${A:+x}`, `${A+x}`, `${A:?msg}`, `${A?msg}`. A variable whose value cannot be known when reading the file
 * (an ARG without default, a name set by the base image, a build platform) is `undefined` in the scope, and
 * any text that depends on it expands to `undefined`: rules then stay silent instead of guessing.
 */

import { addPosition, firstAbove } from "../arrays";

/** Variables in scope: a value, or undefined when it is declared but unknown until build time. */
export interface VariableScope {
  lookup(name: string): { value: string | undefined } | undefined;
}

/** The name of a root frame standing for variables set by a base image: any name, value unknown. */
export const ANY = "*";

/** The name of the frame at the root of an empty scope (nothing declared, nothing unknown). */
export const ROOT_NAME = "";

/**
 * The frames of one line of descent, indexed by name when a lookup would walk far: looking up a name the file never
 * sets (the base image's `$PATH`) walked every frame, and 20,000 ENVs each reading it took 3 s.
 */
class FrameLine {
  readonly frames: Frame[] = [];
  /** For each name, the positions in `frames` of the frames that set it, ascending: built on demand. */
  readonly positions = new Map<string, number[]>();
  /** How many of `frames` are in `positions`. */
  indexed = 0;

  /** `base`: the frame this line descends from when it branched off another line. */
  constructor(readonly base: Frame | undefined) {}

  /** The position of the last frame at or before `position` that sets `name` or stands for any name; -1 if none. */
  find(name: string, position: number): number {
    for (; this.indexed < this.frames.length; this.indexed++) addPosition(this.positions, this.frames[this.indexed]!.name, this.indexed);
    return Math.max(lastAtOrBefore(this.positions.get(name), position), lastAtOrBefore(this.positions.get(ANY), position));
  }
}

/** How many frames a lookup walks before it asks the line's index (most scopes are a few frames deep). */
const WALK = 32;

/** A chain of variable frames: each ARG/ENV adds a frame, so every instruction can keep the scope it sees. */
export class Frame implements VariableScope {
  private readonly line: FrameLine;
  private readonly position: number;

  constructor(
    readonly parent: Frame | undefined,
    readonly name: string,
    readonly value: string | undefined,
    readonly kind: "arg" | "env",
  ) {
    // The first child of a line's last frame extends the line; another child (stages built on one stage) starts a
    // line of its own that falls back on its parent.
    this.line = parent && parent.line.frames.length === parent.position + 1 ? parent.line : new FrameLine(parent);
    this.position = this.line.frames.length;
    this.line.frames.push(this);
  }

  /** The nearest frame that sets `name`, or that stands for any name (a base image's variables). */
  lookup(name: string): { value: string | undefined } | undefined {
    let frame: Frame | undefined = this;
    for (let steps = 0; frame && steps < WALK; frame = frame.parent, steps++) {
      if (frame.name === name || frame.name === ANY) return { value: frame.value };
    }
    for (; frame; frame = frame.line.base) {
      const found = frame.line.find(name, frame.position);
      if (found >= 0) return { value: frame.line.frames[found]!.value };
    }
    return undefined;
  }

  /** Every variable visible from this frame, nearest definition first (listed once: frames never change). */
  entries(): ReadonlyMap<string, { value: string | undefined; kind: "arg" | "env" }> {
    if (this.visible) return this.visible;
    const result = new Map<string, { value: string | undefined; kind: "arg" | "env" }>();
    for (let frame: Frame | undefined = this; frame; frame = frame.parent) {
      if (frame.name !== ANY && frame.name !== "" && !result.has(frame.name)) result.set(frame.name, { value: frame.value, kind: frame.kind });
    }
    return (this.visible = result);
  }

  private visible: ReadonlyMap<string, { value: string | undefined; kind: "arg" | "env" }> | undefined = undefined;
}

/** The last of ascending `positions` at or before `position`, or -1. */
function lastAtOrBefore(positions: readonly number[] | undefined, position: number): number {
  if (!positions) return -1;
  const after = firstAbove(positions, position);
  return after === 0 ? -1 : positions[after - 1]!;
}

/** True when the text has something to expand. */
export function hasVariables(text: string): boolean {
  return text.includes("$");
}

export interface ExpandOptions {
  /**
   * Also the POSIX shell's pattern removal, `${A#p}`, `${A##p}`, `${A%p}`, `${A%%p}`: for words of a RUN
   * script, which the shell expands (Dockerfile instructions themselves do not have it in the stable syntax).
   */
  shellPatterns?: boolean;
}

/**
 * Limits that keep hostile files cheap: values that double at each of a few dozen ARGs (`ARG B=${A}${A}`) would
 * reach gigabytes, and `${A-${A-${A-…}}}` nested by the thousand would overflow the stack. A value past either is
 * treated as unknown; real values are far shorter and shallower.
 */
const MAX_EXPANDED_LENGTH = 65_536;
const MAX_EXPANSION_DEPTH = 32;

/**
 * Expands the variables of `text` in `scope`. Returns undefined when the result depends on something unknown.
 * `\$` (or the escape character before `$`) keeps a literal dollar.
 */
export function expand(text: string, scope: VariableScope, escape = "\\", options: ExpandOptions = {}): string | undefined {
  return expandNested(text, scope, escape, options, 0);
}

function expandNested(text: string, scope: VariableScope, escape: string, options: ExpandOptions, depth: number): string | undefined {
  if (!text.includes("$")) return text;
  if (depth > MAX_EXPANSION_DEPTH) return undefined;
  let result = "";
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === escape && text[i + 1] === "$") {
      result += "$";
      i += 2;
      continue;
    }
    if (ch !== "$") {
      result += ch;
      i++;
      continue;
    }
    if (text[i + 1] === "{") {
      const close = matchingBrace(text, i + 2);
      if (close < 0) return undefined;
      const value = expandBraced(text.slice(i + 2, close), scope, escape, options, depth);
      if (value === undefined) return undefined;
      result += value;
      if (result.length > MAX_EXPANDED_LENGTH) return undefined;
      i = close + 1;
      continue;
    }
    const name = /^[A-Za-z_][A-Za-z0-9_]*/.exec(text.slice(i + 1))?.[0];
    if (!name) {
      result += ch;
      i++;
      continue;
    }
    const found = scope.lookup(name);
    if (!found || found.value === undefined) return undefined;
    result += found.value;
    if (result.length > MAX_EXPANDED_LENGTH) return undefined;
    i += 1 + name.length;
  }
  return result;
}

function matchingBrace(text: string, from: number): number {
  let depth = 1;
  for (let i = from; i < text.length; i++) {
    if (text[i] === "{") depth++;
    else if (text[i] === "}" && --depth === 0) return i;
  }
  return -1;
}

function expandBraced(inner: string, scope: VariableScope, escape: string, options: ExpandOptions, depth: number): string | undefined {
  const match = /^([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-+?]|##?|%%?)([\s\S]*))?$/.exec(inner);
  if (!match) return undefined;
  const [, name, operator, word = ""] = match;
  const found = scope.lookup(name!);
  if (found && found.value === undefined) return undefined;
  if (operator?.[0] === "#" || operator?.[0] === "%") {
    const pattern = options.shellPatterns && found ? expandNested(word, scope, escape, options, depth + 1) : undefined;
    return pattern === undefined ? undefined : removePattern(found!.value!, pattern, operator);
  }
  const isSet = found !== undefined;
  const isNonEmpty = isSet && found.value !== "";
  switch (operator) {
    case undefined:
      return isSet ? found.value : undefined;
    case ":-":
      return isNonEmpty ? found!.value : expandNested(word, scope, escape, {}, depth + 1);
    case "-":
      return isSet ? found.value : expandNested(word, scope, escape, {}, depth + 1);
    case ":+":
      return isNonEmpty ? expandNested(word, scope, escape, {}, depth + 1) : "";
    case "+":
      return isSet ? expandNested(word, scope, escape, {}, depth + 1) : "";
    // `${A:?msg}` fails the build when A is missing; when it does not fail, the value is A's.
    case ":?":
      return isNonEmpty ? found!.value : undefined;
    case "?":
      return isSet ? found.value : undefined;
    default:
      return undefined;
  }
}

/** A shell glob (`*`, `?`, `[…]`) as an anchored regular expression. */
function globToRegExp(pattern: string): RegExp {
  let source = "";
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i]!;
    const close = ch === "[" ? pattern.indexOf("]", i + 2) : -1;
    if (ch === "*") source += "[\\s\\S]*";
    else if (ch === "?") source += "[\\s\\S]";
    else if (close > 0) {
      source += `[${pattern.slice(i + 1, close).replace(/^!/, "^").replace(/\\/g, "\\\\")}]`;
      i = close;
    } else source += ch.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
  }
  return new RegExp(`^${source}$`);
}

/** `#`/`##`: the shortest/longest prefix matching the pattern removed; `%`/`%%`: the same for a suffix. */
function removePattern(value: string, pattern: string, operator: string): string {
  const glob = globToRegExp(pattern);
  const longest = operator.length === 2;
  const cuts = Array.from({ length: value.length + 1 }, (_, i) => i);
  if (operator[0] === "#") {
    for (const cut of longest ? cuts.reverse() : cuts) if (glob.test(value.slice(0, cut))) return value.slice(cut);
  } else {
    for (const cut of longest ? cuts : cuts.reverse()) if (glob.test(value.slice(cut))) return value.slice(0, cut);
  }
  return value;
}

/** Build arguments BuildKit defines without an `ARG` (usable in FROM and, once declared, in stages). */
export const PREDEFINED_ARGS: ReadonlySet<string> = new Set([
  "BUILDPLATFORM", "BUILDOS", "BUILDARCH", "BUILDVARIANT",
  "TARGETPLATFORM", "TARGETOS", "TARGETARCH", "TARGETVARIANT", "TARGETSTAGE",
  "HTTP_PROXY", "HTTPS_PROXY", "FTP_PROXY", "NO_PROXY", "ALL_PROXY",
  "http_proxy", "https_proxy", "ftp_proxy", "no_proxy", "all_proxy",
  "BUILDKIT_SYNTAX", "BUILDKIT_INLINE_CACHE", "BUILDKIT_MULTI_PLATFORM", "BUILDKIT_SANDBOX_HOSTNAME",
  "BUILDKIT_CONTEXT_KEEP_GIT_DIR", "BUILDKIT_CACHE_MOUNT_NS", "BUILDKIT_DOCKERFILE_CHECK", "SOURCE_DATE_EPOCH",
]);

/** A `$NAME` or `${NAME…}` reference in a word as written. */
export interface VariableReference {
  name: string;
  /** Offset of the `$` in the text. */
  start: number;
  end: number;
  /** `:-`, `-`, `:+`, `+`, `:?`, `?` or undefined. */
  modifier: string | undefined;
}

const REFERENCE = /\\\$|\$(?:([A-Za-z_][A-Za-z0-9_]*)|\{([A-Za-z_][A-Za-z0-9_]*)(:?[-+?])?[^}]*\})/g;

/**
 * The variable references of a word as written (`raw`), for rules that name or locate them. Escaped `\$` and
 * single-quoted text (which Dockerfiles do not expand) are skipped.
 */
export function variableReferences(raw: string): VariableReference[] {
  if (!raw.includes("$")) return [];
  const text = raw.replace(/'[^']*'/g, (quoted) => " ".repeat(quoted.length));
  const references: VariableReference[] = [];
  for (const match of text.matchAll(REFERENCE)) {
    const name = match[1] ?? match[2];
    if (name) references.push({ name, start: match.index, end: match.index + match[0].length, modifier: match[3] });
  }
  return references;
}
