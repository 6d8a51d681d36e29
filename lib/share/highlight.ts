import { LineIndex } from "../analysis/text";
import type { Range } from "../analysis/types";

/** Something to highlight in a file: a finding or a redaction, identified by the caller's key. */
export interface Mark {
  key: string;
  range: Range;
}

export interface Segment {
  text: string;
  /** The keys of the marks covering this text, in the order the marks were given; empty for plain text. */
  marks: string[];
}

export interface HighlightedLine {
  number: number;
  segments: Segment[];
  /** Keys of every mark touching the line, including empty ranges that cover no character. */
  marks: string[];
}

/**
 * Splits a file into numbered lines and each line into runs of text covered by the same marks, for a
 * read-only view that highlights ranges without an editor. Columns are UTF-16 code units, as in ranges.
 */
export function highlightLines(content: string, marks: readonly Mark[]): HighlightedLine[] {
  const index = new LineIndex(content);
  const lines: HighlightedLine[] = [];
  // A trailing newline does not start a line of its own in a viewer.
  const lineCount = content.endsWith("\n") ? index.lineCount - 1 : index.lineCount;
  for (let number = 1; number <= Math.max(1, lineCount); number++) {
    const text = index.lineText(number);
    const spans = marks.flatMap((mark) => {
      const { start, end } = mark.range;
      if (start.line > number || end.line < number) return [];
      const from = start.line < number ? 0 : Math.min(start.column - 1, text.length);
      const to = end.line > number ? text.length : Math.min(end.column - 1, text.length);
      return [{ key: mark.key, from, to: Math.max(from, to) }];
    });
    const cuts = [...new Set([0, text.length, ...spans.flatMap((span) => [span.from, span.to])])].sort((a, b) => a - b);
    const segments: Segment[] = [];
    for (let i = 0; i + 1 < cuts.length; i++) {
      const from = cuts[i]!;
      const to = cuts[i + 1]!;
      segments.push({ text: text.slice(from, to), marks: spans.filter((span) => span.from <= from && span.to >= to && span.to > span.from).map((span) => span.key) });
    }
    if (segments.length === 0) segments.push({ text: "", marks: [] });
    lines.push({ number, segments, marks: [...new Set(spans.map((span) => span.key))] });
  }
  return lines;
}
