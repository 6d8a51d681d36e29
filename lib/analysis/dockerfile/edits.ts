import type { TextEdit } from "../types";
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
