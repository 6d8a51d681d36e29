import type { Argument, Flag, Instruction, JSONInstruction, Onbuild, Property, PropertyInstruction } from "dockerfile-ast";
import type { Range } from "../types";
import { toRange, type DockerfileModel } from "./model";

/**
 * Instruction-level queries the rules share: keywords, flags, operands and properties, each with exact
 * ranges. Rules read instructions through these helpers so a new Dockerfile model only changes this file.
 */

/**
 * dockerfile-ast recomputes arguments on every call (tens of milliseconds per pass over a large file), and many rules
 * ask for them: these accessors compute each at most once per instruction.
 */
interface Memo {
  arguments?: Argument[];
  text?: string | null;
  range?: ReturnType<Instruction["getArgumentsRange"]>;
}
const memos = new WeakMap<Instruction, Memo>();

function memoOf(instruction: Instruction): Memo {
  let memo = memos.get(instruction);
  if (!memo) memos.set(instruction, (memo = {}));
  return memo;
}

/** The instruction's source text as written (keyword, flags, continuation lines); cheap, for quick pre-checks. */
export function sourceText(instruction: Instruction): string {
  return instruction.getTextContent();
}

/** The instruction's arguments (flags excluded), as dockerfile-ast splits them. */
export function argumentsOf(instruction: Instruction): Argument[] {
  const memo = memoOf(instruction);
  return (memo.arguments ??= instruction.getArguments());
}

/** The instruction's arguments as one string, continuation lines joined (null when it has none). */
export function argumentsText(instruction: Instruction): string | null {
  const memo = memoOf(instruction);
  if (!("text" in memo)) memo.text = instruction.getArgumentsContent();
  return memo.text ?? null;
}

/** The LSP range of the instruction's arguments (null when it has none). */
export function argumentsRangeOf(instruction: Instruction): ReturnType<Instruction["getArgumentsRange"]> {
  const memo = memoOf(instruction);
  if (!("range" in memo)) memo.range = instruction.getArgumentsRange();
  return memo.range ?? null;
}

/** A word of an instruction with its exact source range (JSON strings: the unquoted value, range with quotes). */
export interface Operand {
  value: string;
  range: Range;
}

/** The file's instructions with one of the keywords, in order (ONBUILD triggers excluded). */
export function instructionsWith(model: DockerfileModel, ...keywords: string[]): Instruction[] {
  return model.instructions.filter((instruction) => keywords.includes(instruction.getKeyword()));
}

/** The instruction an `ONBUILD` wraps, or undefined for other instructions. */
export function onbuildTrigger(instruction: Instruction): Instruction | undefined {
  return instruction.getKeyword() === "ONBUILD" ? (instruction as Onbuild).getTriggerInstruction() ?? undefined : undefined;
}

export function flagsOf(instruction: Instruction): Flag[] {
  const withFlags = instruction as Partial<Pick<JSONInstruction, "getFlags">>;
  return typeof withFlags.getFlags === "function" ? withFlags.getFlags() : [];
}

/** The instruction's `--name` flag (case-insensitive), if present. */
export function flagNamed(instruction: Instruction, name: string): Flag | undefined {
  return flagsOf(instruction).find((flag) => flag.getName().toLowerCase() === name);
}

/** True for the JSON (exec) form: `CMD ["a", "b"]`. */
export function isJsonForm(instruction: Instruction): boolean {
  const json = instruction as Partial<Pick<JSONInstruction, "getOpeningBracket" | "getJSONStrings">>;
  return typeof json.getOpeningBracket === "function" && json.getOpeningBracket() !== null &&
    (json.getJSONStrings?.().length ?? 0) > 0;
}

/** The instruction's words after its flags: JSON strings in exec form, whitespace-separated words otherwise. */
export function operandsOf(instruction: Instruction): Operand[] {
  if (isJsonForm(instruction)) {
    return (instruction as JSONInstruction).getJSONStrings().map((json) => ({ value: json.getJSONValue(), range: toRange(json.getRange()) }));
  }
  return argumentsOf(instruction).map((argument) => ({ value: argument.getValue(), range: toRange(argument.getRange()) }));
}

/** The sources and destination of a COPY or ADD; undefined when it has fewer than two operands or a heredoc. */
export function copyOperands(instruction: Instruction): { sources: Operand[]; destination: Operand } | undefined {
  const operands = operandsOf(instruction);
  const destination = operands[operands.length - 1];
  if (operands.length < 2 || !destination || operands.some((operand) => operand.value.startsWith("<<"))) return undefined;
  return { sources: operands.slice(0, -1), destination };
}

/** The `name=value` pairs of an ENV, ARG or LABEL. */
export function propertiesOf(instruction: Instruction): Property[] {
  return ["ENV", "ARG", "LABEL"].includes(instruction.getKeyword()) ? (instruction as PropertyInstruction).getProperties() : [];
}

/** The instruction's text from its keyword to its end, continuation lines included. */
export function instructionRange(instruction: Instruction): Range {
  return toRange(instruction.getRange());
}

/** The range covering the instruction's whole lines and the line break after them, for deleting it. */
export function wholeLinesRange(model: DockerfileModel, instruction: Instruction): Range {
  const range = instructionRange(instruction);
  const endOffset = model.lines.offsetAt({ line: range.end.line + 1, column: 1 });
  return { start: { line: range.start.line, column: 1 }, end: model.lines.positionAt(endOffset) };
}

/** True when the instruction's arguments span more than one line. */
export function isMultiLine(instruction: Instruction): boolean {
  const range = instruction.getRange();
  return range.start.line !== range.end.line;
}

/**
 * The command of a `HEALTHCHECK CMD …`: its words, and whether it is in exec (JSON) form. dockerfile-ast does not
 * parse JSON for HEALTHCHECK, so the strings are located in the source text here.
 */
export function healthcheckCommand(model: DockerfileModel, instruction: Instruction): { execForm: boolean; words: Operand[] } | undefined {
  const [type, ...rest] = argumentsOf(instruction);
  if (!type || type.getValue().toUpperCase() !== "CMD" || rest.length === 0) return undefined;
  const start = model.lines.offsetAt(toRange(rest[0]!.getRange()).start);
  const end = model.lines.offsetAt(toRange(rest[rest.length - 1]!.getRange()).end);
  const text = model.text.slice(start, end);
  if (!/^\[[\s\S]*\]$/.test(text)) {
    return { execForm: false, words: rest.map((argument) => ({ value: argument.getValue(), range: toRange(argument.getRange()) })) };
  }
  const words: Operand[] = [];
  for (const match of text.matchAll(/"((?:[^"\\]|\\.)*)"/g)) {
    let value: string;
    try {
      value = JSON.parse(match[0]) as string;
    } catch {
      return undefined;
    }
    words.push({ value, range: model.lines.rangeOf(start + match.index, start + match.index + match[0].length) });
  }
  return { execForm: true, words };
}
