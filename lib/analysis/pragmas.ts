import { textScalarSpans, type ComposeFile } from "./compose/model";
import { derived, DerivedKey } from "./derived";
import type { DockerfileModel, Instruction, Stage } from "./dockerfile/model";
import type { Comment, Span } from "./dockerfile/syntax";
import type { LineIndex } from "./text";

/** A rule name written in a pragma, with its place (so an unknown one can be pointed at). */
export interface PragmaName extends Span {
  name: string;
}

/**
 * An inline suppression: which rule names it silences and where.
 * - `next`: the next instruction (`# hadolint ignore=…`, `# shipshape-ignore …`);
 * - `stage`: the stage that follows (`# hadolint stage ignore=…`);
 * - `file`: the whole file (`# hadolint global ignore=…`, `# shipshape-ignore-file …`, `# check=skip=…`).
 */
export interface Pragma {
  comment: Comment | undefined;
  scope: "next" | "stage" | "file";
  names: PragmaName[];
  /** `# check=skip=all`: every rule with a BuildKit check name. */
  allBuildChecks: boolean;
  /** Whether `disable-ignore-pragma` turns it off (Docker's own `# check=` directive is not an ignore comment). */
  inline: boolean;
  /** The lines it covers (inclusive); undefined for the whole file. */
  lines: { from: number; to: number } | undefined;
  /** The reason after ` -- ` in shipshape pragmas. */
  reason: string | undefined;
}

/** Docker's `# check=` directive: `skip=A,B` / `skip=all` and `error=true`. */
export interface CheckDirective {
  skip: PragmaName[];
  skipAll: boolean;
  error: boolean;
}

const PRAGMA_START = /^(hadolint|shipshape)/i;
const HADOLINT = /^hadolint\s+(global\s+|stage\s+)?ignore\s*=\s*(.*)$/i;
const SHIPSHAPE = /^shipshape-ignore(-file)?\s+(.*)$/i;

function namesIn(comment: Comment, listStart: number, list: string): PragmaName[] {
  const names: PragmaName[] = [];
  let offset = 0;
  for (const part of list.split(",")) {
    const name = part.trim();
    const at = listStart + offset + part.indexOf(name);
    if (name) names.push({ name, start: at, end: at + name.length, range: shiftRange(comment, at, name.length) });
    offset += part.length + 1;
  }
  return names;
}

/** Comments are single-line, so a range inside one is a column shift. */
function shiftRange(comment: Comment, at: number, length: number) {
  const column = comment.range.start.column + (at - comment.start);
  return { start: { line: comment.range.start.line, column }, end: { line: comment.range.start.line, column: column + length } };
}

function nextInstruction(model: DockerfileModel, offset: number): Instruction | undefined {
  return model.instructions.find((instruction) => instruction.start > offset);
}

function stageLines(stage: Stage): { from: number; to: number } {
  return { from: stage.from.range.start.line, to: stage.instructions[stage.instructions.length - 1]!.range.end.line };
}

/** The suppressions and `# check=` directive of one file, whatever its kind. */
export interface FilePragmas {
  pragmas: Pragma[];
  check: CheckDirective;
}

const NO_CHECK: CheckDirective = { skip: [], skipAll: false, error: false };

/**
 * Reads the suppression comments among `comments`. `nextEntry` says which lines the entry after a comment covers
 * (the next instruction in a Dockerfile, the next key with what is nested under it in YAML). hadolint's forms are
 * only read in Dockerfiles.
 */
function suppressionComments(
  text: string,
  comments: readonly Comment[],
  nextEntry: (comment: Comment, scope: "next" | "stage") => Pragma["lines"],
  hadolintForms: boolean,
): Pragma[] {
  const pragmas: Pragma[] = [];
  for (const comment of comments) {
    if (!PRAGMA_START.test(comment.text)) continue;
    const hadolint = hadolintForms ? HADOLINT.exec(comment.text) : null;
    const shipshape = SHIPSHAPE.exec(comment.text);
    if (!hadolint && !shipshape) continue;
    const bodyStart = text.indexOf(comment.text, comment.start);
    // hadolint allows a trailing `# reason`; ours takes ` -- reason`.
    const raw = hadolint ? hadolint[2]! : shipshape![2]!;
    const list = hadolint ? raw.split("#")[0]! : raw.split(/\s+--(\s|$)/)[0]!;
    const reason = shipshape ? raw.slice(list.length).replace(/^\s+--\s*/, "").trim() || undefined : undefined;
    const names = namesIn(comment, bodyStart + comment.text.length - raw.length, list.replace(/\s+/g, (space) => space.includes(",") ? space : space.replace(/\s/g, ",")));
    const kind = hadolint ? (hadolint[1]?.trim().toLowerCase() ?? "next") : shipshape![1] ? "global" : "next";
    let scope: Pragma["scope"] = kind === "global" ? "file" : kind === "stage" ? "stage" : "next";
    const lines = scope === "file" ? undefined : nextEntry(comment, scope as "next" | "stage");
    if (scope !== "file" && !lines) scope = "next";
    pragmas.push({ comment, scope, names, allBuildChecks: false, inline: true, lines, reason });
  }
  return pragmas;
}

/** A Dockerfile's pragmas, read once: the engine applies them and a rule reports the inline ones. */
const PRAGMAS = new DerivedKey<FilePragmas>("suppression pragmas");

/** Every suppression comment of a Dockerfile, and Docker's `# check=` directive. */
export function pragmasOf(model: DockerfileModel): FilePragmas {
  return derived(model, PRAGMAS, () => readPragmas(model));
}

function readPragmas(model: DockerfileModel): FilePragmas {
  const pragmas = suppressionComments(model.text, model.comments, (comment, scope) => {
    const next = nextInstruction(model, comment.end);
    if (scope === "next") return next && { from: next.range.start.line, to: next.range.end.line };
    const stage = next?.stage;
    return stage ? (next === stage.from ? stageLines(stage) : { from: next!.range.start.line, to: stageLines(stage).to }) : undefined;
  }, true);
  const check: CheckDirective = { skip: [], skipAll: false, error: false };
  const directive = model.directives.find((candidate) => candidate.name === "check");
  if (directive) {
    let offset = directive.value.start;
    for (const part of directive.value.value.split(";")) {
      const match = /^\s*(skip|error)\s*=\s*(.*?)\s*$/i.exec(part);
      if (match?.[1]!.toLowerCase() === "skip") {
        const listStart = offset + part.indexOf(match[2]!, part.indexOf("=") + 1);
        const names: PragmaName[] = [];
        let at = listStart;
        for (const name of match[2]!.split(",")) {
          const trimmed = name.trim();
          const start = at + name.indexOf(trimmed);
          if (trimmed.toLowerCase() === "all") check.skipAll = true;
          else if (trimmed) names.push({ name: trimmed, start, end: start + trimmed.length, range: model.rangeOf(start, start + trimmed.length) });
          at += name.length + 1;
        }
        check.skip.push(...names);
      } else if (match?.[1]!.toLowerCase() === "error") {
        check.error = match[2]!.toLowerCase() === "true";
      }
      offset += part.length + 1;
    }
    if (check.skip.length > 0 || check.skipAll) {
      pragmas.push({ comment: undefined, scope: "file", names: check.skip, allBuildChecks: check.skipAll, inline: false, lines: undefined, reason: undefined });
    }
  }
  return { pragmas, check };
}

const INDENT = /^[ \t]*/;
/**
 * Full-line `# shipshape…` comments of a YAML or .dockerignore text, shaped as the Dockerfile lexer reports
 * comments. Found with one regular expression over the text: a file may hold hundreds of thousands of lines.
 */
function shipshapeComments(lines: LineIndex, indented: boolean): Comment[] {
  const comments: Comment[] = [];
  const pattern = indented ? /^[ \t]*#[ \t]*shipshape[^\r\n]*/gim : /^#[ \t]*shipshape[^\r\n]*/gim;
  for (const match of lines.text.matchAll(pattern)) {
    const hash = match.index + match[0].indexOf("#");
    const end = match.index + match[0].length;
    comments.push({ start: hash, end, range: lines.rangeOf(hash, end), text: lines.text.slice(hash + 1, end).trim() });
  }
  return comments;
}

function isContent(line: string): boolean {
  const trimmed = line.trim();
  return trimmed !== "" && !trimmed.startsWith("#");
}

/**
 * Suppressions in a compose file. `# shipshape-ignore rule -- reason` covers the next key or list item and
 * everything nested under it (so a comment above a service covers the service); `# shipshape-ignore-file` the file.
 */
export function composePragmas(file: ComposeFile): FilePragmas {
  const { lines } = file;
  const candidates = shipshapeComments(lines, true);
  // Most files have no candidate: the scalars are only looked for when there is one.
  const inText = candidates.length > 0 ? textScalarSpans(file) : [];
  const comments = candidates.filter((comment) => !inText.some(([start, end]) => start <= comment.start && comment.start < end));
  const pragmas = suppressionComments(lines.text, comments, (comment) => {
    let from = comment.range.start.line + 1;
    while (from <= lines.lineCount && !isContent(lines.lineText(from))) from++;
    if (from > lines.lineCount) return undefined;
    const first = lines.lineText(from);
    const indent = INDENT.exec(first)![0].length;
    // `key:` followed by `- item` at the same indentation: the list belongs to the key.
    const takesSameIndentItems = !first.trimStart().startsWith("-");
    let to = from;
    for (let line = from + 1; line <= lines.lineCount; line++) {
      const content = lines.lineText(line);
      if (!isContent(content)) continue;
      const depth = INDENT.exec(content)![0].length;
      if (depth > indent || (depth === indent && takesSameIndentItems && /^-(\s|$)/.test(content.trimStart()))) to = line;
      else break;
    }
    return { from, to };
  }, false);
  return { pragmas, check: NO_CHECK };
}

/** Suppressions in a .dockerignore: `# shipshape-ignore rule` covers the next pattern line (comments start at column 1 there). */
export function dockerignorePragmas(lines: LineIndex): FilePragmas {
  const pragmas = suppressionComments(lines.text, shipshapeComments(lines, false), (comment) => {
    for (let line = comment.range.start.line + 1; line <= lines.lineCount; line++) {
      if (isContent(lines.lineText(line))) return { from: line, to: line };
    }
    return undefined;
  }, false);
  return { pragmas, check: NO_CHECK };
}

/** For files the review does not read. */
export const NO_PRAGMAS: FilePragmas = { pragmas: [], check: NO_CHECK };
