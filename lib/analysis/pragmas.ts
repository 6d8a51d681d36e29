import type { DockerfileModel, Instruction, Stage } from "./dockerfile/model";
import type { Comment, Span } from "./dockerfile/syntax";

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

const cache = new WeakMap<DockerfileModel, { pragmas: Pragma[]; check: CheckDirective }>();

/** Every suppression comment of the file, and Docker's `# check=` directive. */
export function pragmasOf(model: DockerfileModel): { pragmas: Pragma[]; check: CheckDirective } {
  const cached = cache.get(model);
  if (cached) return cached;
  const pragmas: Pragma[] = [];
  for (const comment of model.comments) {
    if (!PRAGMA_START.test(comment.text)) continue;
    const hadolint = HADOLINT.exec(comment.text);
    const shipshape = SHIPSHAPE.exec(comment.text);
    if (!hadolint && !shipshape) continue;
    const bodyStart = model.text.indexOf(comment.text, comment.start);
    // hadolint allows a trailing `# reason`; ours takes ` -- reason`.
    const raw = hadolint ? hadolint[2]! : shipshape![2]!;
    const list = hadolint ? raw.split("#")[0]! : raw.split(/\s+--(\s|$)/)[0]!;
    const reason = shipshape ? raw.slice(list.length).replace(/^\s+--\s*/, "").trim() || undefined : undefined;
    const names = namesIn(comment, bodyStart + comment.text.length - raw.length, list.replace(/\s+/g, (space) => space.includes(",") ? space : space.replace(/\s/g, ",")));
    const kind = hadolint ? (hadolint[1]?.trim().toLowerCase() ?? "next") : shipshape![1] ? "global" : "next";
    const next = nextInstruction(model, comment.end);
    let scope: Pragma["scope"] = kind === "global" ? "file" : kind === "stage" ? "stage" : "next";
    let lines: Pragma["lines"];
    if (scope === "next") {
      lines = next && { from: next.range.start.line, to: next.range.end.line };
    } else if (scope === "stage") {
      const stage = next?.stage;
      lines = stage ? (next === stage.from ? stageLines(stage) : { from: next!.range.start.line, to: stageLines(stage).to }) : undefined;
    }
    if (scope !== "file" && !lines) scope = "next";
    pragmas.push({ comment, scope, names, allBuildChecks: false, inline: true, lines, reason });
  }
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
  const result = { pragmas, check };
  cache.set(model, result);
  return result;
}
