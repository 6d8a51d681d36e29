import type { TextEdit } from "../types";
import type { Command } from "./commands";
import type { DockerfileModel, Instruction } from "./model";
import type { Span } from "./syntax";

/** Replaces a span (a word, a flag, a keyword) with new text. */
export function replaceSpan(span: Span, text: string): TextEdit {
  return { range: span.range, text };
}

/**
 * Where text can be appended to an instruction's arguments: just after the last character of its line part
 * (before any heredoc body). For a RUN this is the end of its shell script.
 */
export function endOfArguments(model: DockerfileModel, instruction: Instruction): number {
  return instruction.map.endToFile(instruction.argsOffset + instruction.argsText.length);
}

/** Appends text at the end of an instruction's arguments (e.g. ` && rm -rf /var/lib/apt/lists/*`). */
export function appendToInstruction(model: DockerfileModel, instruction: Instruction, text: string): TextEdit {
  const at = model.rangeOf(endOfArguments(model, instruction), endOfArguments(model, instruction));
  return { range: at, text };
}

/** The indentation of the line an instruction starts on. */
function indentationOf(model: DockerfileModel, instruction: Instruction): string {
  return /^[ \t]*/.exec(model.lines.lineText(instruction.range.start.line))![0];
}

/** Inserts whole lines after an instruction (after its heredoc bodies), with the instruction's indentation. */
export function insertAfterInstruction(model: DockerfileModel, instruction: Instruction, lines: string): TextEdit {
  const at = model.rangeOf(instruction.end, instruction.end);
  const indent = indentationOf(model, instruction);
  return { range: at, text: lines.split("\n").map((line) => `\n${indent}${line}`).join("") };
}

/** Inserts whole lines before an instruction, with its indentation. */
export function insertBeforeInstruction(model: DockerfileModel, instruction: Instruction, lines: string): TextEdit {
  const lineStart = { line: instruction.range.start.line, column: 1 };
  const indent = indentationOf(model, instruction);
  return { range: { start: lineStart, end: lineStart }, text: lines.split("\n").map((line) => `${indent}${line}\n`).join("") };
}

/** Deletes an instruction's whole lines (heredoc bodies included) and the line break after them. */
export function removeInstruction(model: DockerfileModel, instruction: Instruction): TextEdit {
  const start = model.lines.lineStarts[instruction.range.start.line - 1] ?? instruction.start;
  const end = model.lines.lineStarts[instruction.range.end.line] ?? model.text.length;
  return { range: model.rangeOf(start, end), text: "" };
}

/** Operators that only sequence commands: removing one of the commands they join leaves the others' logic alone. */
const SEQUENCING = new Set(["&&", ";"]);

/**
 * Removes a command of a RUN (`commands`: all of its commands) with the `&&` or `;` that joins it to its neighbour, or
 * the whole RUN when nothing else runs in it. Undefined when that would change how the rest runs or reads: the
 * command is nested (`if`, a loop, `$(…)`, a subshell), piped, joined by `||` or `&`, in a heredoc or `sh -c`, or
 * next to a compound command.
 */
export function removeCommand(model: DockerfileModel, run: Instruction, commands: readonly Command[], command: Command): TextEdit | undefined {
  if (command.origin !== "run" || command.context.length > 0) return undefined;
  const others = commands.filter((other) => other.end <= command.start || other.start >= command.end);
  if (others.length === 0) return removeInstruction(model, run);
  const before = others.filter((other) => other.end <= command.start).sort((a, b) => a.end - b.end).at(-1);
  const after = others.filter((other) => other.start >= command.end).sort((a, b) => a.start - b.start)[0];
  const standsAlone = (neighbour: Command | undefined) => neighbour === undefined || (neighbour.origin === "run" && neighbour.context.length === 0);
  if (!standsAlone(before) || !standsAlone(after)) return undefined;
  if (after && !SEQUENCING.has(after.after ?? "")) return undefined;
  if (before) return SEQUENCING.has(command.after ?? "") ? { range: model.rangeOf(before.end, command.end), text: "" } : undefined;
  return { range: model.rangeOf(command.start, after!.start), text: "" };
}
