/**
 * A POSIX/bash shell parser for the scripts of `RUN` instructions, written for this engine.
 *
 * Why not mvdan/sh compiled to JS — measured with `npm run bench -- --shell-parsers` on the 776 shell-form RUN
 * scripts of the corpus (279 KB), CPU time per pass on the shared 2-core dev machine:
 * - `mvdan-sh` 0.10.1 (GopherJS): 1.5 MB of JS (272 KB gzipped), ~225 ms just to load, ~200 ms per pass at
 *   steady state (250–500 ms under load). dockerfile-utils' whole `validate` of the same 235 files takes ~400 ms,
 *   so the shell parse alone would have used most of the budget for being 3× faster than it.
 * - `sh-syntax` 0.7.0 (Go WASM, 750 KB, 264 KB gzipped): async only (WASM init), and every call instantiates a
 *   fresh Go runtime: 17–51 ms per script, 13–40 s per pass. `analyzeFile` runs synchronously on every keystroke.
 * This parser: ~11 ms per pass, synchronous (no `initAnalysis()` step for the browser, CLI or API), no dependency,
 * and it reports file offsets directly (through `toFile`), which mvdan/sh's byte offsets into a re-joined string
 * would not. It covers what Dockerfiles use: lists, `&&`/`||`, pipelines, `!`, subshells, groups, `if`/`for`/
 * `while`/`until`/`case`, functions, `$(…)`, backticks, `${…}`, `$((…))`, `[[ … ]]`, arrays, redirections and
 * heredocs; a syntax error stops the parse of that one script and is reported at its place.
 */

/** A word of a script: `raw` as written, `value` with quotes and escapes removed (expansions kept as written). */
export interface ShellWord {
  raw: string;
  value: string;
  /** True when the value has no expansion (`$…`, backticks) and no unquoted glob, so it is exactly known. */
  literal: boolean;
  /** Offsets in the file (mapped through `toFile`); end exclusive. */
  start: number;
  end: number;
  /** Offset of the word's first character in the parsed script (before mapping), to map inner positions. */
  at: number;
}

export interface ShellRedirect {
  operator: string;
  target: ShellWord | undefined;
  start: number;
  end: number;
  heredoc?: { delimiter: string; quoted: boolean; body: string; bodyStart: number };
}

/** Where a simple command sits, outermost first (e.g. `["if-condition", "substitution"]`). */
export type ShellContext = "subshell" | "group" | "if-condition" | "if-body" | "loop" | "case" | "function" | "substitution" | "background";

export interface ShellCommand {
  /** Leading `NAME=value` assignments. */
  assignments: ShellWord[];
  words: ShellWord[];
  redirects: ShellRedirect[];
  /** The operator that joins this command to the one before it in its list, if any. */
  after: "&&" | "||" | ";" | "|" | "&" | "\n" | undefined;
  context: ShellContext[];
  /**
   * For a command in an `if` body, what must be true for it to run, outermost `if` first: each arm's condition holds,
   * the earlier arms' do not. `test` is the condition when it is one simple command (`[ "$X" = true ]`).
   */
  guards?: ShellGuard[];
  start: number;
  end: number;
}

export interface ShellGuard {
  test: ShellCommand | undefined;
  holds: boolean;
}

export interface ShellSyntaxError {
  message: string;
  start: number;
  end: number;
}

export interface ShellScript {
  commands: ShellCommand[];
  error: ShellSyntaxError | undefined;
}

export interface ShellParseOptions {
  /** Maps an offset in `script` to an offset in the file; identity by default. */
  toFile?: (offset: number) => number;
  /** Like toFile for the end of a range (a word ending just before a joined line break ends on its own line). */
  endToFile?: (offset: number) => number;
  /** Bodies for `<<` redirections whose text is not in the script (the Dockerfile took them out), in order. */
  heredocBodies?: { body: string; bodyStart: number }[];
}

class SyntaxFailure extends Error {
  constructor(message: string, readonly start: number, readonly end: number) {
    super(message);
  }
}

/** Characters that are their own value in a word (no quote, escape, expansion, glob or metacharacter), by code. */
const PLAIN = new Uint8Array(128);
for (const ch of "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-./:=,+@%^~") PLAIN[ch.charCodeAt(0)] = 1;
/** Characters that end a word, by code. */
const METACHARACTER = new Uint8Array(128);
for (const ch of " \t\n;&|()<>") METACHARACTER[ch.charCodeAt(0)] = 1;
const isMetacharacter = (ch: string) => METACHARACTER[ch.charCodeAt(0)] === 1;
const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const ASSIGNMENT = /^[A-Za-z_][A-Za-z0-9_]*(\[[^\]]*\])?\+?=/;
const ASSIGNMENT_END = /^[A-Za-z_][A-Za-z0-9_]*(\[[^\]]*\])?\+?=$/;
const OPERATORS = ["&&", "||", ";;", "|&", "<<<", "<<-", "<<", ">>", "<&", ">&", "<>", ">|", "&>>", "&>", ";", "&", "|", "<", ">", "(", ")"];
/** The operators by their first character, longest first: the lexer tries only those. */
const OPERATORS_BY_FIRST = new Map<string, string[]>();
for (const op of OPERATORS) OPERATORS_BY_FIRST.set(op[0]!, [...(OPERATORS_BY_FIRST.get(op[0]!) ?? []), op]);
/** Character codes the lexer compares: by code, like the tables above, rather than as one-character strings. */
const CODE = { space: 32, tab: 9, carriageReturn: 13, newline: 10, backslash: 92, hash: 35 } as const;
/** Characters of a variable name, by code. */
const NAME_CHARACTER = new Uint8Array(128);
for (const ch of "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_") NAME_CHARACTER[ch.charCodeAt(0)] = 1;

type Token =
  | { kind: "word"; word: ShellWord; start: number; end: number }
  | { kind: "op"; op: string; start: number; end: number; fd?: string }
  | { kind: "newline"; start: number; end: number }
  | { kind: "eof"; start: number; end: number };

/** Every token in one shape, so that the parser's reads of them stay monomorphic. */
function token(kind: Token["kind"], start: number, end: number, word?: ShellWord, op?: string, fd?: string): Token {
  return { kind, start, end, word, op, fd } as Token;
}

/**
 * How deep substitutions, subshells, groups and compound commands may nest: far deeper than any real script, and
 * each level recurses, so a script nested deeper (`$($($(…`) is reported rather than parsed to a stack overflow.
 */
const MAX_NESTING = 100;

class Parser {
  private pos = 0;
  private peeked: Token | undefined;
  private readonly pendingHeredocs: ShellRedirect[] = [];
  private heredocIndex = 0;
  readonly commands: ShellCommand[] = [];
  private readonly context: ShellContext[] = [];

  constructor(private readonly src: string, private readonly options: ShellParseOptions) {}

  private file(offset: number): number {
    return this.options.toFile ? this.options.toFile(offset) : offset;
  }

  private fileEnd(offset: number): number {
    return this.options.endToFile ? this.options.endToFile(offset) : this.file(offset);
  }

  private fail(message: string, start = this.pos, end = start + 1): never {
    throw new SyntaxFailure(message, start, Math.min(Math.max(end, start), this.src.length));
  }

  // ---- lexer ----

  private skipBlanks(): void {
    const src = this.src;
    let pos = this.pos;
    for (;;) {
      const code = src.charCodeAt(pos);
      if (code === CODE.space || code === CODE.tab || code === CODE.carriageReturn) pos++;
      else if (code === CODE.backslash && src.charCodeAt(pos + 1) === CODE.newline) pos += 2;
      else if (code === CODE.hash) {
        const newline = src.indexOf("\n", pos);
        pos = newline < 0 ? src.length : newline;
      } else break;
    }
    this.pos = pos;
  }

  private peek(): Token {
    this.peeked ??= this.lex();
    return this.peeked;
  }

  private next(): Token {
    const token = this.peek();
    this.peeked = undefined;
    return token;
  }

  private lex(): Token {
    this.skipBlanks();
    const start = this.pos;
    const ch = this.src[this.pos];
    if (ch === undefined) return token("eof", start, start);
    if (ch === "\n") {
      this.pos++;
      this.readPendingHeredocs();
      return token("newline", start, this.pos);
    }
    if (!isMetacharacter(ch) && !(ch >= "0" && ch <= "9")) {
      const word = this.readWord();
      return token("word", word.at, this.pos, word);
    }
    // An fd number directly before a redirection: `2>&1`.
    const fd = ch >= "0" && ch <= "9" ? /^[0-9]+(?=[<>])/.exec(this.src.slice(this.pos, this.pos + 6)) : null;
    const at = fd ? this.pos + fd[0].length : this.pos;
    if (!(this.src[at] === "<" || this.src[at] === ">") || this.src[at + 1] !== "(") {
      for (const op of OPERATORS_BY_FIRST.get(this.src[at] ?? "") ?? []) {
        if (this.src.startsWith(op, at) && (fd === null || op.startsWith("<") || op.startsWith(">"))) {
          if (!fd && !isMetacharacter(ch)) break;
          this.pos = at + op.length;
          return token("op", start, this.pos, undefined, op, fd?.[0]);
        }
      }
    }
    const word = this.readWord();
    return token("word", word.at, this.pos, word);
  }

  /** Reads one word at `pos`, handling quotes, escapes and every kind of expansion. */
  private readWord(): ShellWord {
    const start = this.pos;
    const src = this.src;
    // Fast path: plain characters only (a local index: a field written per character was a tenth of the parse).
    let plainEnd = start;
    while (plainEnd < src.length && PLAIN[src.charCodeAt(plainEnd)] === 1) plainEnd++;
    this.pos = plainEnd;
    let value = src.slice(start, this.pos);
    let literal = true;
    while (this.pos < src.length) {
      const ch = src[this.pos]!;
      if (isMetacharacter(ch)) {
        // An array value `a=(1 2)` (also after `declare`, `local`…) is part of the word.
        if (ch === "(" && ASSIGNMENT_END.test(src.slice(start, this.pos))) {
          const from = this.pos;
          this.skipBalanced("(", ")", from);
          value += src.slice(from, this.pos);
          literal = false;
          continue;
        }
        // Process substitution `<(…)` / `>(…)` is part of a word.
        if ((ch === "<" || ch === ">") && src[this.pos + 1] === "(") {
          const from = this.pos;
          this.pos++;
          this.readSubstitution(")");
          value += src.slice(from, this.pos);
          literal = false;
          continue;
        }
        break;
      }
      if (ch === "\\") {
        if (src[this.pos + 1] === "\n") { this.pos += 2; continue; }
        value += src[this.pos + 1] ?? "";
        this.pos += 2;
      } else if (ch === "'") {
        const close = src.indexOf("'", this.pos + 1);
        if (close < 0) this.fail("unterminated single quote", this.pos, src.length);
        value += src.slice(this.pos + 1, close);
        this.pos = close + 1;
      } else if (ch === '"') {
        const open = this.pos;
        this.pos++;
        for (;;) {
          const c = src[this.pos];
          if (c === undefined) this.fail("unterminated double quote", open, src.length);
          if (c === '"') { this.pos++; break; }
          if (c === "\\" && '"\\$`\n'.includes(src[this.pos + 1] ?? "")) {
            if (src[this.pos + 1] !== "\n") value += src[this.pos + 1];
            this.pos += 2;
          } else if (c === "$" || c === "`") {
            const from = this.pos;
            this.readDollarOrBacktick();
            value += src.slice(from, this.pos);
            literal = false;
          } else {
            value += c;
            this.pos++;
          }
        }
      } else if (ch === "$" && src[this.pos + 1] === "'") {
        // ANSI-C quoting: keep the escapes as written; the value is still a literal.
        const close = this.findAnsiClose(this.pos + 2);
        value += src.slice(this.pos + 2, close);
        this.pos = close + 1;
      } else if (ch === "$" || ch === "`") {
        const from = this.pos;
        this.readDollarOrBacktick();
        value += src.slice(from, this.pos);
        literal = false;
      } else {
        if (ch === "*" || ch === "?" || ch === "[") literal = false;
        value += ch;
        this.pos++;
      }
    }
    return { raw: src.slice(start, this.pos), value, literal, start: this.file(start), end: this.fileEnd(this.pos), at: start };
  }

  private findAnsiClose(from: number): number {
    for (let i = from; i < this.src.length; i++) {
      if (this.src[i] === "\\") i++;
      else if (this.src[i] === "'") return i;
    }
    this.fail("unterminated $'…' string", from - 2, this.src.length);
  }

  private readDollarOrBacktick(): void {
    const src = this.src;
    const open = this.pos;
    if (src[this.pos] === "`") {
      let end = this.pos + 1;
      while (end < src.length && src[end] !== "`") end += src[end] === "\\" ? 2 : 1;
      if (end >= src.length) this.fail("unterminated backquote", open, src.length);
      this.parseNested(this.pos + 1, end);
      this.pos = end + 1;
      return;
    }
    this.pos++; // $
    const ch = src[this.pos];
    if (ch === "(" && src[this.pos + 1] === "(") {
      this.skipBalanced("((", "))", open);
    } else if (ch === "(") {
      this.readSubstitution(")");
    } else if (ch === "{") {
      this.skipBalanced("{", "}", open);
    } else if (ch !== undefined && /[A-Za-z_]/.test(ch)) {
      while (this.pos < src.length && NAME_CHARACTER[src.charCodeAt(this.pos)] === 1) this.pos++;
    } else if (ch !== undefined && /[0-9@*#?$!-]/.test(ch)) {
      this.pos++;
    }
  }

  /** `$(…)`: parses the inside as a script, so its commands are found too. `pos` is at `(`. */
  private readSubstitution(close: ")"): void {
    const open = this.pos;
    this.pos++;
    const inner = new Parser(this.src, this.options);
    inner.pos = this.pos;
    inner.context.push(...this.context, "substitution");
    inner.parseList(new Set([close]));
    const end = inner.peek();
    if (end.kind !== "op" || end.op !== close) this.fail("unterminated command substitution, expected `)`", open, this.src.length);
    this.commands.push(...inner.commands);
    this.pos = end.end;
  }

  private parseNested(from: number, to: number): void {
    const inner = new Parser(this.src.slice(0, to), this.options);
    inner.pos = from;
    inner.context.push(...this.context, "substitution");
    inner.parseList(new Set());
    this.commands.push(...inner.commands);
  }

  /** Skips `${…}` or `$((…))`, honouring nested quotes and braces. `pos` is at the first opening character. */
  private skipBalanced(open: string, close: string, errorAt: number): void {
    this.pos += open.length;
    let depth = 1;
    const src = this.src;
    while (this.pos < src.length) {
      const ch = src[this.pos]!;
      if (ch === "\\") { this.pos += 2; continue; }
      if (ch === "'" && open === "{") {
        const closeQuote = src.indexOf("'", this.pos + 1);
        this.pos = closeQuote < 0 ? src.length : closeQuote + 1;
        continue;
      }
      if (ch === "$" && (src[this.pos + 1] === "(" || src[this.pos + 1] === "{")) {
        this.readDollarOrBacktick();
        continue;
      }
      if (src.startsWith(close, this.pos) && depth === 1) {
        this.pos += close.length;
        return;
      }
      if (ch === open[0]) depth++;
      else if (ch === close[0]) depth--;
      this.pos++;
    }
    this.fail(`unterminated \`${open === "{" ? "${" : "$(("}\``, errorAt, src.length);
  }

  private readPendingHeredocs(): void {
    for (const redirect of this.pendingHeredocs.splice(0)) {
      const heredoc = redirect.heredoc!;
      const stripTabs = redirect.operator === "<<-";
      const bodyStart = this.pos;
      let body = "";
      for (;;) {
        if (this.pos >= this.src.length) this.fail(`heredoc \`${heredoc.delimiter}\` is never closed`, bodyStart, this.src.length);
        const lineEnd = this.src.indexOf("\n", this.pos);
        const end = lineEnd < 0 ? this.src.length : lineEnd;
        const line = this.src.slice(this.pos, end);
        this.pos = lineEnd < 0 ? end : end + 1;
        if ((stripTabs ? line.replace(/^\t+/, "") : line) === heredoc.delimiter) break;
        body += `${line}\n`;
      }
      heredoc.body = body;
      heredoc.bodyStart = this.file(bodyStart);
    }
  }

  // ---- grammar ----

  private isReserved(token: Token, ...words: string[]): boolean {
    return token.kind === "word" && token.word.raw === token.word.value && words.includes(token.word.raw);
  }

  private skipNewlines(): void {
    while (this.peek().kind === "newline") this.next();
  }

  /** A list of and-or lists, up to (not including) a terminator word or operator, or the end. */
  parseList(terminators: Set<string>): void {
    if (this.context.length > MAX_NESTING) this.fail(`nested more than ${MAX_NESTING} levels deep`);
    let separator: ShellCommand["after"] = undefined;
    for (;;) {
      this.skipNewlines();
      const token = this.peek();
      if (token.kind === "eof") return;
      if (token.kind === "op" && (terminators.has(token.op) || token.op === ";;")) return;
      if (token.kind === "word" && token.word.raw === token.word.value && terminators.has(token.word.raw)) return;
      const first = this.commands.length;
      this.parseAndOr(separator);
      const after = this.peek();
      if (after.kind === "op" && (after.op === ";" || after.op === "&")) {
        this.next();
        if (after.op === "&") for (const command of this.commands.slice(first)) command.context.push("background");
        separator = after.op;
      } else if (after.kind === "newline") {
        separator = "\n";
      } else if (after.kind !== "eof" && !(after.kind === "op" && (terminators.has(after.op) || after.op === ";;")) &&
        !(after.kind === "word" && terminators.has(after.word.raw))) {
        this.fail(`unexpected \`${after.kind === "op" ? after.op : after.kind === "word" ? after.word.raw : "newline"}\``, after.start, after.end);
      }
    }
  }

  private parseAndOr(after: ShellCommand["after"]): void {
    this.parsePipeline(after);
    for (;;) {
      const token = this.peek();
      if (token.kind !== "op" || (token.op !== "&&" && token.op !== "||")) return;
      this.next();
      this.skipNewlines();
      this.expectCommandAfter(token);
      this.parsePipeline(token.op);
    }
  }

  private parsePipeline(after: ShellCommand["after"]): void {
    if (this.isReserved(this.peek(), "!")) this.next();
    this.parseCommand(after);
    for (;;) {
      const token = this.peek();
      if (token.kind !== "op" || (token.op !== "|" && token.op !== "|&")) return;
      this.next();
      this.skipNewlines();
      this.expectCommandAfter(token);
      this.parseCommand("|");
    }
  }

  private expectCommandAfter(operator: Token & { kind: "op" }): void {
    if (this.peek().kind === "eof") this.fail(`\`${operator.op}\` is not followed by a command`, operator.start, operator.end);
  }

  private expectWord(word: string, open: Token): void {
    const token = this.next();
    if (!this.isReserved(token, word)) {
      this.fail(`expected \`${word}\` to close this \`${open.kind === "word" ? open.word.raw : "("}\``, open.start, open.end);
    }
  }

  private inContext(context: ShellContext, parse: () => void): void {
    this.context.push(context);
    try {
      parse();
    } finally {
      this.context.pop();
    }
  }

  private parseCommand(after: ShellCommand["after"]): void {
    const token = this.peek();
    const first = this.commands.length;
    if (token.kind === "op" && token.op === "(") {
      if (this.src.startsWith("((", token.start)) {
        // `(( … ))` arithmetic command.
        this.peeked = undefined;
        this.pos = token.start;
        this.skipBalanced("((", "))", token.start);
      } else {
        this.next();
        this.inContext("subshell", () => this.parseList(new Set([")"])));
        const close = this.next();
        if (close.kind !== "op" || close.op !== ")") this.fail("expected `)` to close the subshell", token.start, token.end);
      }
    } else if (token.kind === "word" && token.word.raw === token.word.value) {
      switch (token.word.raw) {
        case "{":
          this.next();
          this.inContext("group", () => this.parseList(new Set(["}"])));
          this.expectWord("}", token);
          break;
        case "if":
          this.next();
          this.parseIf(token);
          break;
        case "while":
        case "until":
          this.next();
          this.inContext("loop", () => {
            this.parseList(new Set(["do"]));
            this.expectWord("do", token);
            this.parseList(new Set(["done"]));
          });
          this.expectWord("done", token);
          break;
        case "for":
        case "select":
          this.next();
          this.parseFor(token);
          break;
        case "case":
          this.next();
          this.parseCase(token);
          break;
        case "function":
          this.next();
          this.next(); // the name
          this.parseFunctionBody();
          break;
        case "then": case "elif": case "else": case "fi": case "do": case "done": case "esac": case "}": case "in":
          this.fail(`unexpected \`${token.word.raw}\``, token.start, token.end);
          break;
        default:
          this.parseSimple(after);
          return;
      }
    } else {
      this.parseSimple(after);
      return;
    }
    this.parseRedirects();
    // The compound command's first direct child takes the operator that joined the compound to what came before.
    const depth = this.context.length + 1;
    let firstChild: ShellCommand | undefined;
    for (const command of this.commands.slice(first)) {
      if (command.context.length === depth && (!firstChild || command.start < firstChild.start)) firstChild = command;
    }
    if (firstChild && firstChild.after === undefined) firstChild.after = after;
  }

  private parseIf(open: Token): void {
    // Each arm runs when its condition holds and no earlier one did.
    const failed: ShellGuard[] = [];
    const condition = () => {
      const first = this.commands.length;
      this.inContext("if-condition", () => this.parseList(new Set(["then"])));
      const own = this.commands.slice(first).filter((command) => command.context.length === this.context.length + 1);
      return own.length === 1 ? own[0] : undefined;
    };
    const body = (guards: ShellGuard[], terminators: Set<string>) => {
      const first = this.commands.length;
      this.inContext("if-body", () => this.parseList(terminators));
      for (const command of this.commands.slice(first)) command.guards = [...guards, ...(command.guards ?? [])];
    };
    let test = condition();
    this.expectWord("then", open);
    body([{ test, holds: true }], new Set(["elif", "else", "fi"]));
    for (;;) {
      failed.push({ test, holds: false });
      const token = this.next();
      if (this.isReserved(token, "fi")) return;
      if (this.isReserved(token, "elif")) {
        test = condition();
        this.expectWord("then", open);
        body([...failed, { test, holds: true }], new Set(["elif", "else", "fi"]));
      } else if (this.isReserved(token, "else")) {
        body([...failed], new Set(["fi"]));
      } else {
        this.fail("expected `fi` to close this `if`", open.start, open.end);
      }
    }
  }

  private parseFor(open: Token): void {
    const name = this.next();
    if (name.kind === "op" && name.op === "(") {
      // `for (( i=0; i<3; i++ ))`
      this.pos = name.start;
      this.peeked = undefined;
      this.skipBalanced("((", "))", open.start);
    } else if (name.kind !== "word") {
      this.fail("expected a variable name after `for`", open.start, open.end);
    }
    this.skipNewlines();
    if (this.isReserved(this.peek(), "in")) {
      this.next();
      while (this.peek().kind === "word" && !this.isReserved(this.peek(), "do")) this.next();
    }
    const separator = this.peek();
    if (separator.kind === "op" && separator.op === ";") this.next();
    this.skipNewlines();
    this.expectWord("do", open);
    this.inContext("loop", () => this.parseList(new Set(["done"])));
    this.expectWord("done", open);
  }

  private parseCase(open: Token): void {
    this.next(); // the subject word
    this.skipNewlines();
    this.expectWord("in", open);
    for (;;) {
      this.skipNewlines();
      const token = this.peek();
      if (this.isReserved(token, "esac")) {
        this.next();
        return;
      }
      if (token.kind === "eof") this.fail("expected `esac` to close this `case`", open.start, open.end);
      // Patterns: `a|b)` or `(a|b)`.
      if (token.kind === "op" && token.op === "(") this.next();
      for (;;) {
        const pattern = this.next();
        if (pattern.kind !== "word") this.fail("expected a pattern in `case`", pattern.start, pattern.end);
        const separator = this.next();
        if (separator.kind === "op" && separator.op === ")") break;
        if (separator.kind !== "op" || separator.op !== "|") this.fail("expected `)` after a `case` pattern", separator.start, separator.end);
      }
      this.inContext("case", () => this.parseList(new Set(["esac"])));
      const end = this.peek();
      if (end.kind === "op" && end.op === ";;") this.next();
    }
  }

  private parseFunctionBody(): void {
    const open = this.peek();
    if (open.kind === "op" && open.op === "(") {
      this.next();
      const close = this.next();
      if (close.kind !== "op" || close.op !== ")") this.fail("expected `()` in a function definition", open.start, open.end);
    }
    this.skipNewlines();
    this.inContext("function", () => this.parseCommand(undefined));
  }

  private parseRedirects(into?: ShellRedirect[]): boolean {
    let any = false;
    for (;;) {
      const token = this.peek();
      if (token.kind !== "op" || !(token.op[0] === "<" || token.op[0] === ">" || token.op.startsWith("&>"))) return any;
      this.next();
      any = true;
      const target = this.next();
      if (target.kind !== "word") this.fail(`expected a file name after \`${token.op}\``, token.start, token.end);
      const redirect: ShellRedirect = { operator: token.op, target: target.word, start: this.file(token.start), end: target.word.end };
      if (token.op === "<<" || token.op === "<<-") {
        const quoted = target.word.raw !== target.word.value;
        const external = this.options.heredocBodies?.[this.heredocIndex];
        if (this.options.heredocBodies) this.heredocIndex++;
        redirect.heredoc = { delimiter: target.word.value, quoted, body: external?.body ?? "", bodyStart: external?.bodyStart ?? target.word.end };
        if (!this.options.heredocBodies) this.pendingHeredocs.push(redirect);
      }
      into?.push(redirect);
    }
  }

  private parseSimple(after: ShellCommand["after"]): void {
    const assignments: ShellWord[] = [];
    const words: ShellWord[] = [];
    const redirects: ShellRedirect[] = [];
    let doubleBracket = false;
    for (;;) {
      const token = this.peek();
      if (doubleBracket && token.kind === "op" && token.op !== ";" && token.op !== "&") {
        // Inside `[[ … ]]`, `&&`, `<`, `(` are operands of the test, not shell operators.
        this.next();
        words.push({ raw: token.op, value: token.op, literal: true, start: this.file(token.start), end: this.fileEnd(token.end), at: token.start });
        continue;
      }
      if (this.parseRedirects(redirects)) continue;
      if (token.kind !== "word") break;
      if (words.length === 0 && token.word.raw.includes("=") && ASSIGNMENT.test(token.word.raw)) {
        this.next();
        assignments.push(token.word);
        continue;
      }
      if (words.length === 0 && token.word.raw === "[[") doubleBracket = true;
      if (doubleBracket && token.word.raw === "]]") doubleBracket = false;
      this.next();
      words.push(token.word);
      // `name() { …; }`: a function definition.
      if (words.length === 1 && this.src.startsWith("()", this.pos) && NAME.test(token.word.raw)) {
        this.parseFunctionBody();
        return;
      }
    }
    if (words.length === 0 && assignments.length === 0 && redirects.length === 0) {
      const token = this.peek();
      this.fail(token.kind === "eof" ? "a command is missing at the end" : `unexpected \`${token.kind === "op" ? token.op : "newline"}\``, token.start, Math.max(token.end, token.start + 1));
    }
    let start = Infinity;
    let end = -Infinity;
    for (const piece of [assignments, words, redirects]) {
      for (const { start: pieceStart, end: pieceEnd } of piece) {
        start = Math.min(start, pieceStart);
        end = Math.max(end, pieceEnd);
      }
    }
    this.commands.push({ assignments, words, redirects, after, context: [...this.context], start, end });
  }
}

/** Parses a script. Never throws: a syntax error is returned with the commands found before it. */
export function parseShell(script: string, options: ShellParseOptions = {}): ShellScript {
  const parser = new Parser(script, options);
  let error: ShellSyntaxError | undefined;
  try {
    parser.parseList(new Set());
    const rest = parser["peek"]();
    if (rest.kind !== "eof") parser["fail"](`unexpected \`${rest.kind === "op" ? rest.op : "token"}\``, rest.start, rest.end);
  } catch (failure) {
    if (!(failure instanceof SyntaxFailure)) throw failure;
    const toFile = options.toFile ?? ((offset: number) => offset);
    const endToFile = options.endToFile ?? toFile;
    const start = Math.min(failure.start, Math.max(0, script.length - 1));
    const end = Math.min(Math.max(failure.end, start + 1), script.length);
    error = { message: failure.message, start: toFile(start), end: endToFile(end) };
  }
  const commands = parser.commands.sort((a, b) => a.start - b.start);
  return { commands, error };
}
