import { isMap, isSeq, type Node, type YAMLMap } from "yaml";
import type { TextEdit } from "../types";
import type { ComposeFile } from "./model";
import type { Entry } from "./nodes";

/** Builders of fix edits that keep the file's own indentation style. */

/** The file's indentation step: how far its first nested key is indented (2 when it cannot tell). */
export function indentUnit(file: ComposeFile): string {
  const nested = /^[^\s#][^\n]*:[ \t]*(?:#.*)?\r?\n(?:[ \t]*(?:#.*)?\r?\n)*( +)\S/m.exec(file.text);
  return nested ? nested[1]! : "  ";
}

function lineBreak(file: ComposeFile): string {
  return file.text.includes("\r\n") ? "\r\n" : "\n";
}

/** Where a node's text ends, before the line breaks and blank lines a block collection's range takes in. */
function contentEnd(file: ComposeFile, node: Node): number {
  let end = node.range![1];
  while (end > node.range![0] && /\s/.test(file.text[end - 1]!)) end--;
  return end;
}

/** The column (0-based) a node starts at, i.e. the indentation of the keys of a block mapping. */
function columnOf(file: ComposeFile, node: Node | undefined): number {
  return node?.range ? file.lines.positionAt(node.range[0]).column - 1 : 0;
}

/**
 * Adds lines at the end of a block mapping, indented like its keys. `lines` are relative to that indentation
 * and use two spaces per level; they are re-indented with the file's own step. Undefined for flow mappings
 * (`{a: 1}`), which a fixer should not rewrite.
 */
export function appendToMapping(file: ComposeFile, mapping: Node | undefined, lines: readonly string[]): TextEdit | undefined {
  if (!isMap(mapping) || (mapping as YAMLMap).flow || !mapping.range || (mapping as YAMLMap).items.length === 0) return undefined;
  const unit = indentUnit(file);
  const indent = " ".repeat(columnOf(file, (mapping as YAMLMap).items[0]!.key as Node));
  const eol = lineBreak(file);
  const body = lines.map((line) => indent + line.replace(/^((?: {2})*)/, (spaces) => unit.repeat(spaces.length / 2)) + eol).join("");
  const last = (mapping as YAMLMap).items.at(-1)!;
  const endLine = file.lines.positionAt(contentEnd(file, (last.value as Node | null) ?? (last.key as Node))).line;
  if (endLine >= file.lines.lineCount) {
    const position = file.lines.positionAt(file.text.length);
    const needsBreak = !/\r?\n$/.test(file.text);
    return { range: { start: position, end: position }, text: (needsBreak ? eol : "") + body };
  }
  const position = { line: endLine + 1, column: 1 };
  return { range: { start: position, end: position }, text: body };
}

/** Removes the whole lines an entry occupies (its key, value and any nested lines); undefined when it shares them. */
export function removeEntryLines(file: ComposeFile, found: Entry): TextEdit | undefined {
  const keyAt = file.lines.positionAt(found.key.range![0]);
  const contentEndAt = file.lines.positionAt(contentEnd(file, (found.pair.value as Node | null) ?? found.key));
  // Only lines that hold the entry alone (a flow mapping such as `{version: "3.8", services: …}` shares them).
  const before = file.lines.lineText(keyAt.line).slice(0, keyAt.column - 1);
  const after = file.lines.lineText(contentEndAt.line).slice(contentEndAt.column - 1);
  if (before.trim() !== "" || !/^\s*(#.*)?$/.test(after)) return undefined;
  const end = contentEndAt.line;
  const to = end >= file.lines.lineCount ? file.lines.positionAt(file.text.length) : { line: end + 1, column: 1 };
  return { range: { start: { line: keyAt.line, column: 1 }, end: to }, text: "" };
}

/** Adds `- value` at the end of a block sequence, indented like its items. Undefined for flow sequences. */
export function appendToSequence(file: ComposeFile, sequence: Node | undefined, value: string): TextEdit | undefined {
  if (!isSeq(sequence) || sequence.flow || sequence.items.length === 0) return undefined;
  const first = sequence.items[0] as Node;
  const dash = /^(\s*)-\s/.exec(file.lines.lineText(file.lines.positionAt(first.range![0]).line));
  if (!dash) return undefined;
  const endLine = file.lines.positionAt(contentEnd(file, sequence.items.at(-1) as Node)).line;
  const body = `${dash[1]}- ${value}${lineBreak(file)}`;
  if (endLine >= file.lines.lineCount) {
    const position = file.lines.positionAt(file.text.length);
    return { range: { start: position, end: position }, text: (/\r?\n$/.test(file.text) ? "" : lineBreak(file)) + body };
  }
  return { range: { start: { line: endLine + 1, column: 1 }, end: { line: endLine + 1, column: 1 } }, text: body };
}
