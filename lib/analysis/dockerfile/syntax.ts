import type { LineIndex } from "../text";
import type { Range } from "../types";
import type { Derivable } from "../derived";

/** A piece of the file: offsets (end exclusive) and the same place as a range. */
export interface Span {
  start: number;
  end: number;
  range: Range;
}

/** A word as written (`raw`, possibly spanning continuation lines) and its value with quotes and escapes removed. */
export interface Word extends Span {
  raw: string;
  value: string;
}

/**
 * A span whose range is computed on first use: a file has many words and most are never reported, and the
 * position lookup is the single largest cost of reading a file otherwise.
 */
export class LazySpan implements Span {
  #lines: LineIndex;
  #range: Range | undefined;

  constructor(readonly start: number, readonly end: number, lines: LineIndex) {
    this.#lines = lines;
  }

  get range(): Range {
    return (this.#range ??= this.#lines.rangeOf(this.start, this.end));
  }
}

export class SourceWord extends LazySpan implements Word {
  constructor(start: number, end: number, readonly raw: string, readonly value: string, lines: LineIndex) {
    super(start, end, lines);
  }
}

export interface Flag extends Span {
  /** Lower-cased name without the dashes: `--Platform=x` → `platform`. */
  name: string;
  /** The value after `=`, or undefined for a bare `--link`. */
  value: Word | undefined;
}

export interface Heredoc {
  /** The `<<EOF` / `<<-"EOF"` marker in the instruction line. */
  opener: Word;
  delimiter: string;
  /** A quoted delimiter (`<<"EOF"`) turns off variable expansion in the body. */
  quoted: boolean;
  /** `<<-` strips leading tabs from the body lines and the delimiter line. */
  stripTabs: boolean;
  /** The body as the build sees it (tabs stripped for `<<-`), each line ending with a newline. */
  body: string;
  /** The body's lines in the file, delimiter line excluded. */
  bodySpan: Span;
  closed: boolean;
}

export interface Comment extends Span {
  /** The text after `#`, trimmed. */
  text: string;
}

export interface Directive extends Span {
  name: "syntax" | "escape" | "check";
  value: Word;
}

export type Form = "exec" | "shell";

export interface SyntaxProblem extends Span {
  message: string;
  /** For a line that starts with no known instruction: the word it starts with, as written. */
  unknownKeyword?: string;
}

/** Maps offsets in an instruction's joined text (continuations removed) back to file offsets. */
export class OffsetMap {
  /** Pairs of (offset in joined text where a segment starts, file offset of that point), ascending. */
  constructor(private readonly joined: number[], private readonly file: number[]) {}

  toFile(offset: number): number {
    if (this.joined.length === 1) return this.file[0]! + offset;
    let low = 0;
    let high = this.joined.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.joined[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return this.file[low]! + (offset - this.joined[low]!);
  }

  /** Like toFile for an end offset: a range ending at a segment boundary ends on the earlier line. */
  endToFile(offset: number): number {
    return offset > 0 ? this.toFile(offset - 1) + 1 : this.toFile(offset);
  }
}

export interface RawInstruction extends Span, Derivable {
  keyword: string;
  keywordWord: Word;
  flags: Flag[];
  /** Arguments after the flags: words of the shell form, or the strings of the JSON (exec) form. */
  args: Word[];
  /**
   * Offsets `from`–`to` of the argument at `index` (in its `raw`) as a word of the file, with `value`: a part of a
   * word that spans continuation lines lands where it is written.
   */
  argPart(index: number, from: number, to: number, value: string): Word;
  form: Form;
  /** The arguments after the flags as one line: continuations and comment lines inside them removed. */
  argsText: string;
  /** Where argsText starts in the instruction's joined text, to map it with `map`. */
  argsOffset: number;
  map: OffsetMap;
  heredocs: Heredoc[];
}

export interface SyntaxTree {
  escape: "\\" | "`";
  directives: Directive[];
  comments: Comment[];
  instructions: RawInstruction[];
  problems: SyntaxProblem[];
}

const KEYWORDS = new Set([
  "FROM", "RUN", "CMD", "LABEL", "MAINTAINER", "EXPOSE", "ENV", "ADD", "COPY", "ENTRYPOINT", "VOLUME", "USER",
  "WORKDIR", "ARG", "ONBUILD", "STOPSIGNAL", "HEALTHCHECK", "SHELL",
]);
/** Instructions whose arguments may be a JSON array. */
const JSON_FORM = new Set(["RUN", "CMD", "ENTRYPOINT", "SHELL", "COPY", "ADD", "VOLUME", "HEALTHCHECK"]);
const HEREDOC_KEYWORDS = new Set(["RUN", "COPY", "ADD"]);
const DIRECTIVE = /^#[ \t]*([A-Za-z][A-Za-z0-9_-]*)[ \t]*=[ \t]*(.*?)[ \t]*$/;
const HEREDOC_OPENER = /<<(-?)[ \t]*(["']?)([A-Za-z_][A-Za-z0-9_.-]*)\2/g;

/** Start and end (before the terminator) of every line, from the line index the model already built. */
class Lines {
  readonly starts: readonly number[];
  readonly ends: number[] = [];

  constructor(text: string, index: LineIndex) {
    this.starts = index.lineStarts;
    for (let i = 0; i < this.starts.length; i++) {
      const next = this.starts[i + 1];
      if (next === undefined) this.ends.push(text.length);
      else this.ends.push(text.charCodeAt(next - 1) === 10 && text.charCodeAt(next - 2) === 13 ? next - 2 : next - 1);
    }
  }
}

const WHITESPACE = /\s/;

/**
 * The offset of the first character in `text` from `from` (up to `to`) that `trimStart` would keep, or `to`: the
 * parser asks this of every line, and slicing and trimming each one showed in profiles.
 */
function firstNonBlank(text: string, from: number, to: number): number {
  let i = from;
  for (; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code === 32 || code === 9) continue;
    if ((code > 32 && code < 127) || !WHITESPACE.test(text[i]!)) break;
  }
  return i;
}

/** Reads a Dockerfile as BuildKit does, keeping every offset. Never throws. */
export function parseSyntax(text: string, index: LineIndex): SyntaxTree {
  const span = (start: number, end: number): Span => ({ start, end, range: index.rangeOf(start, end) });
  const lines = new Lines(text, index);
  const directives: Directive[] = [];
  const comments: Comment[] = [];
  const instructions: RawInstruction[] = [];
  const problems: SyntaxProblem[] = [];
  let escape: "\\" | "`" = "\\";
  let line = 0;

  // Parser directives: only at the very top, before any other comment, blank line or instruction.
  const seen = new Set<string>();
  for (; line < lines.starts.length; line++) {
    // BuildKit drops a byte order mark (which Windows editors write) before reading the first line's directive.
    const lineStart = lines.starts[line]! + (line === 0 && text.charCodeAt(0) === 0xfeff ? 1 : 0);
    const content = text.slice(lineStart, lines.ends[line]);
    const match = DIRECTIVE.exec(content);
    const name = match?.[1]!.toLowerCase();
    if (!match || (name !== "syntax" && name !== "escape" && name !== "check") || seen.has(name)) break;
    seen.add(name);
    // The value is what precedes the trailing blanks.
    const valueStart = lineStart + content.trimEnd().length - match[2]!.length;
    const valueEnd = valueStart + match[2]!.length;
    // Objects spelt out: a spread adding fields (`{ ...span(…), raw }`) took microseconds each in V8 (profiles).
    const value: Word = new SourceWord(valueStart, valueEnd, match[2]!, match[2]!, index);
    directives.push({ start: lineStart, end: lines.ends[line]!, range: index.rangeOf(lineStart, lines.ends[line]!), name, value });
    if (name === "escape") {
      if (value.value === "`" || value.value === "\\") escape = value.value;
      else problems.push({ start: value.start, end: value.end, range: value.range, message: `The escape directive accepts \\ or \` only, not "${value.value}".` });
    }
  }

  const isBlankOrComment = (l: number): "blank" | "comment" | undefined => {
    const first = firstNonBlank(text, lines.starts[l]!, lines.ends[l]!);
    if (first === lines.ends[l]) return "blank";
    return text[first] === "#" ? "comment" : undefined;
  };
  const addComment = (l: number) => {
    const hash = text.indexOf("#", lines.starts[l]!);
    comments.push(Object.assign(new LazySpan(hash, lines.ends[l]!, index), { text: text.slice(hash + 1, lines.ends[l]).trim() }));
  };

  while (line < lines.starts.length) {
    const kind = isBlankOrComment(line);
    if (kind) {
      if (kind === "comment") addComment(line);
      line++;
      continue;
    }
    // Join the physical lines of one instruction.
    let joined = "";
    const joinedStarts: number[] = [];
    const fileStarts: number[] = [];
    const startLine = line;
    let end = lines.ends[line]!;
    for (;;) {
      const start = lines.starts[line]!;
      const content = text.slice(start, lines.ends[line]);
      const trimmed = content.trimEnd();
      joinedStarts.push(joined.length);
      fileStarts.push(start);
      end = lines.ends[line]!;
      line++;
      if (trimmed.endsWith(escape)) {
        joined += trimmed.slice(0, -1);
        // Comment and blank lines inside a continued instruction are dropped, as BuildKit does.
        while (line < lines.starts.length && isBlankOrComment(line)) {
          if (isBlankOrComment(line) === "comment") addComment(line);
          line++;
        }
        if (line >= lines.starts.length) break;
        continue;
      }
      joined += content;
      break;
    }
    const map = new OffsetMap(joinedStarts, fileStarts);
    const instructionStart = lines.starts[startLine]! + firstNonBlank(joined, 0, joined.length);
    const instruction = readInstruction(joined, map, instructionStart, end, escape, problems, index);
    if (!instruction) continue;
    // Heredoc bodies follow the instruction line.
    if (HEREDOC_KEYWORDS.has(instruction.keyword) && instruction.form === "shell" && instruction.argsText.includes("<<")) {
      for (const match of instruction.argsText.matchAll(HEREDOC_OPENER)) {
        // `<<<` is a here-string; `"<<EOF"` in quotes is text.
        if (instruction.argsText[match.index + 2] === "<" || insideQuotes(instruction.argsText, match.index, escape)) continue;
        const openerStart = map.toFile(instruction.argsOffset + match.index);
        const openerEnd = map.endToFile(instruction.argsOffset + match.index + match[0].length);
        const stripTabs = match[1] === "-";
        const delimiter = match[3]!;
        const bodyStart = line < lines.starts.length ? lines.starts[line]! : text.length;
        let body = "";
        let bodyEnd = bodyStart;
        let closed = false;
        while (line < lines.starts.length) {
          const content = text.slice(lines.starts[line], lines.ends[line]);
          const current = line++;
          if ((stripTabs ? content.replace(/^\t+/, "") : content) === delimiter) {
            closed = true;
            end = lines.ends[current]!;
            break;
          }
          body += `${stripTabs ? content.replace(/^\t+/, "") : content}\n`;
          bodyEnd = lines.ends[current]!;
          end = bodyEnd;
        }
        const opener: Word = new SourceWord(openerStart, openerEnd, text.slice(openerStart, openerEnd), match[0], index);
        if (!closed) problems.push({ start: opener.start, end: opener.end, range: opener.range, message: `The heredoc \`${delimiter}\` is never closed: add a line with just \`${delimiter}\`.` });
        instruction.heredocs.push({ opener, delimiter, quoted: match[2] !== "", stripTabs, body, bodySpan: span(bodyStart, bodyEnd), closed });
      }
    }
    if (instruction.heredocs.length > 0) instruction.extendTo(end);
    instructions.push(instruction);
  }
  return { escape, directives, comments, instructions, problems };
}

/**
 * One instruction. Shell-form arguments are split into words on first use: most rules never read the words of a
 * RUN (they read its commands), and splitting every RUN was a large share of the parse.
 */
class InstructionNode implements RawInstruction {
  #range: Range | undefined;
  #args: Word[] | undefined;
  /** Where each of `args` starts in the joined text, for `argPart`. */
  #argStarts: number[] | undefined;
  readonly #joined: string;
  readonly #escape: string;
  readonly #lines: LineIndex;
  heredocs: Heredoc[] = [];
  derived: Derivable["derived"] = undefined;

  constructor(
    readonly start: number,
    public end: number,
    readonly keyword: string,
    readonly keywordWord: Word,
    readonly flags: Flag[],
    readonly form: Form,
    readonly argsText: string,
    readonly argsOffset: number,
    readonly map: OffsetMap,
    joined: string,
    escape: string,
    lines: LineIndex,
    jsonArgs: { words: Word[]; starts: number[] } | undefined,
  ) {
    this.#args = jsonArgs?.words;
    this.#argStarts = jsonArgs?.starts;
    this.#joined = joined;
    this.#escape = escape;
    this.#lines = lines;
  }

  get range(): Range {
    return (this.#range ??= this.#lines.rangeOf(this.start, this.end));
  }

  /** Extends the instruction over its heredoc bodies. */
  extendTo(end: number): void {
    this.end = end;
    this.#range = undefined;
  }

  get args(): Word[] {
    if (!this.#args) {
      const words = splitWords(this.#joined, this.argsOffset, this.#escape);
      this.#argStarts = words.map((word) => word.start);
      this.#args = words.map((word) => new SourceWord(this.map.toFile(word.start), this.map.endToFile(word.end), word.raw, word.value, this.#lines));
    }
    return this.#args;
  }

  argPart(index: number, from: number, to: number, value: string): Word {
    const { raw } = this.args[index]!;
    const start = this.#argStarts![index]!;
    return new SourceWord(this.map.toFile(start + from), this.map.endToFile(start + to), raw.slice(from, to), value, this.#lines);
  }
}

function readInstruction(
  joined: string, map: OffsetMap, start: number, lastLineEnd: number, escape: string, problems: SyntaxProblem[], lines: LineIndex,
): InstructionNode | undefined {
  const lead = firstNonBlank(joined, 0, joined.length);
  let keywordEnd = lead;
  while (keywordEnd < joined.length && joined[keywordEnd] !== " " && joined[keywordEnd] !== "\t") keywordEnd++;
  if (keywordEnd === lead) return undefined;
  const keywordRaw = joined.slice(lead, keywordEnd);
  const keyword = keywordRaw.toUpperCase();
  const keywordWord: Word = new SourceWord(map.toFile(lead), map.endToFile(keywordEnd), keywordRaw, keyword, lines);
  if (!KEYWORDS.has(keyword)) {
    problems.push({ start: keywordWord.start, end: keywordWord.end, range: keywordWord.range, message: `\`${keywordRaw}\` is not a Dockerfile instruction.`, unknownKeyword: keywordRaw });
    return undefined;
  }
  const wordSpan = (from: number, to: number, value: string): Word =>
    new SourceWord(map.toFile(from), map.endToFile(to), joined.slice(from, to), value, lines);
  // Flags: `--name[=value]` words right after the keyword.
  const flags: Flag[] = [];
  let argsStart = keywordEnd;
  for (let word = readWordAt(joined, keywordEnd, escape); word; word = readWordAt(joined, word.end, escape)) {
    argsStart = word.start;
    if (keyword === "ONBUILD" || !word.raw.startsWith("--") || word.raw === "--") break;
    const equals = word.raw.indexOf("=");
    const name = (equals < 0 ? word.raw.slice(2) : word.raw.slice(2, equals)).toLowerCase();
    const value = equals < 0 ? undefined : wordSpan(word.start + equals + 1, word.end, word.value.slice(word.value.indexOf("=") + 1));
    flags.push(Object.assign(new LazySpan(map.toFile(word.start), map.endToFile(word.end), lines), { name, value }));
    argsStart = joined.length;
  }
  const argsText = joined.slice(argsStart).trimEnd();
  let jsonArgs: { words: Word[]; starts: number[] } | undefined;
  const strings = JSON_FORM.has(keyword) && argsText.startsWith("[") ? jsonStrings(argsText) : undefined;
  if (strings) {
    jsonArgs = { words: strings.map(({ from, to, value }) => wordSpan(argsStart + from, argsStart + to, value)), starts: strings.map(({ from }) => argsStart + from) };
  }
  if (argsText === "" && keyword !== "RUN" && keyword !== "CMD" && keyword !== "ENTRYPOINT" && keyword !== "HEALTHCHECK") {
    problems.push({ start: keywordWord.start, end: keywordWord.end, range: keywordWord.range, message: `\`${keyword}\` needs arguments.` });
  }
  return new InstructionNode(
    start, lastLineEnd, keyword, keywordWord, flags, jsonArgs ? "exec" : "shell", argsText, argsStart, map, joined, escape, lines, jsonArgs,
  );
}

interface RawWord {
  start: number;
  end: number;
  raw: string;
  value: string;
}

/** Splits on unquoted whitespace from `from`; quotes are removed and the escape character escapes the next one. */
export function splitWords(text: string, from: number, escape: string): RawWord[] {
  const words: RawWord[] = [];
  for (let word = readWordAt(text, from, escape); word; word = readWordAt(text, word.end, escape)) words.push(word);
  return words;
}

/** The next word at or after `from` (blanks skipped), or undefined at the end of the text. */
function readWordAt(text: string, from: number, escape: string): RawWord | undefined {
  let i = from;
  while (i < text.length && (text[i] === " " || text[i] === "\t")) i++;
  if (i >= text.length) return undefined;
  const start = i;
  // Fast path: a word without quotes or escapes is its own value.
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === " " || ch === "\t" || ch === '"' || ch === "'" || ch === escape) break;
    i++;
  }
  if (i >= text.length || text[i] === " " || text[i] === "\t") {
    const raw = text.slice(start, i);
    return { start, end: i, raw, value: raw };
  }
  let value = text.slice(start, i);
  let quote: string | undefined;
  for (; i < text.length; i++) {
    const ch = text[i]!;
    if (quote) {
      if (ch === quote) quote = undefined;
      else if (ch === escape && quote === '"' && i + 1 < text.length && (text[i + 1] === '"' || text[i + 1] === escape)) value += text[++i];
      else value += ch;
    } else if (ch === " " || ch === "\t") {
      break;
    } else if (ch === '"' || ch === "'") {
      quote = ch;
    } else if (ch === escape && i + 1 < text.length) {
      value += text[++i];
    } else {
      value += ch;
    }
  }
  return { start, end: i, raw: text.slice(start, i), value };
}

/** True when `index` is inside a quoted string of the line. */
function insideQuotes(text: string, index: number, escape: string): boolean {
  let quote: string | undefined;
  for (let i = 0; i < index; i++) {
    const ch = text[i];
    if (ch === escape && quote !== "'") i++;
    else if (quote ? ch === quote : ch === '"' || ch === "'") quote = quote ? undefined : ch;
  }
  return quote !== undefined;
}

/** The strings of a JSON array of strings with their offsets (quotes included), or undefined when it is not one. */
function jsonStrings(text: string): { from: number; to: number; value: string }[] | undefined {
  const result: { from: number; to: number; value: string }[] = [];
  let i = 1;
  const skip = () => { while (i < text.length && /\s/.test(text[i]!)) i++; };
  skip();
  if (text[i] === "]") return i === text.length - 1 ? result : undefined;
  for (;;) {
    skip();
    if (text[i] !== '"') return undefined;
    const from = i;
    i++;
    // Without escapes or control characters (which JSON rejects), the value is the text between the quotes.
    let plain = true;
    for (let code = text.charCodeAt(i); i < text.length && code !== 34 /* " */; code = text.charCodeAt(i)) {
      if (code === 92 /* backslash */) {
        plain = false;
        i += 2;
      } else {
        if (code < 32) plain = false;
        i++;
      }
    }
    if (i >= text.length) return undefined;
    i++;
    if (plain) {
      result.push({ from, to: i, value: text.slice(from + 1, i - 1) });
    } else {
      try {
        result.push({ from, to: i, value: JSON.parse(text.slice(from, i)) as string });
      } catch {
        return undefined;
      }
    }
    skip();
    if (text[i] === ",") { i++; continue; }
    if (text[i] === "]") { skip(); return i === text.length - 1 ? result : undefined; }
    return undefined;
  }
}
