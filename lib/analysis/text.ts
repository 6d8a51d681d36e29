import type { Position, Range, TextEdit } from "./types";

/** Converts between 0-based string offsets and 1-based line/column positions of one text. */
export class LineIndex {
  /** Offset where each line starts. */
  readonly lineStarts: number[] = [0];

  constructor(readonly text: string) {
    // Most files have no `\r`: then a search for each `\n` is much faster than a look at every character.
    if (!text.includes("\r")) {
      for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) this.lineStarts.push(i + 1);
      return;
    }
    for (let i = 0; i < text.length; i++) {
      const ch = text.charCodeAt(i);
      if (ch === 10 /* \n */) this.lineStarts.push(i + 1);
      else if (ch === 13 /* \r */ && text.charCodeAt(i + 1) !== 10) this.lineStarts.push(i + 1);
    }
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  positionAt(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.lineStarts[mid]! <= clamped) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: clamped - this.lineStarts[low]! + 1 };
  }

  offsetAt(position: Position): number {
    const lineIndex = Math.max(0, Math.min(position.line - 1, this.lineStarts.length - 1));
    const start = this.lineStarts[lineIndex]!;
    const end = lineIndex + 1 < this.lineStarts.length ? this.lineStarts[lineIndex + 1]! : this.text.length;
    return Math.min(start + position.column - 1, end);
  }

  rangeOf(startOffset: number, endOffset: number): Range {
    return { start: this.positionAt(startOffset), end: this.positionAt(endOffset) };
  }

  /** The text of a 1-based line without its line terminator. */
  lineText(line: number): string {
    const start = this.lineStarts[line - 1];
    if (start === undefined) return "";
    let end = this.lineStarts[line] ?? this.text.length;
    if (end > start && this.text.charCodeAt(end - 1) === 10) end--;
    if (end > start && this.text.charCodeAt(end - 1) === 13) end--;
    return this.text.slice(start, end);
  }
}

export function comparePositions(a: Position, b: Position): number {
  return a.line - b.line || a.column - b.column;
}

/**
 * Applies edits that do not overlap. Edits are applied from the end of the text backwards so that earlier
 * offsets stay valid; an edit overlapping one already taken is skipped and reported back.
 */
export function applyEdits(text: string, edits: readonly TextEdit[]): { text: string; skipped: TextEdit[] } {
  const index = new LineIndex(text);
  const withOffsets = edits
    .map((edit) => ({ edit, start: index.offsetAt(edit.range.start), end: index.offsetAt(edit.range.end) }))
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const taken: typeof withOffsets = [];
  const skipped: TextEdit[] = [];
  let lastEnd = -1;
  for (const item of withOffsets) {
    // Edits that merely touch (one ends where the next starts) are fine; sharing characters is not.
    if (item.start < lastEnd) {
      skipped.push(item.edit);
      continue;
    }
    taken.push(item);
    lastEnd = Math.max(lastEnd, item.end);
  }
  let result = text;
  for (let i = taken.length - 1; i >= 0; i--) {
    const { start, end, edit } = taken[i]!;
    result = result.slice(0, start) + edit.text + result.slice(end);
  }
  return { text: result, skipped };
}
