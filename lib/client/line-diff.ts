export type DiffLine =
  | { kind: "same"; text: string; before: number; after: number }
  | { kind: "removed"; text: string; before: number }
  | { kind: "added"; text: string; after: number };

/**
 * A line diff of two texts (longest common subsequence). The common head and tail are skipped first, so
 * the quadratic table only spans the changed middle, which for fixes is a few lines.
 */
export function diffLines(before: string, after: string): DiffLine[] {
  const a = before.split("\n");
  const b = after.split("\n");
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;

  const midA = a.slice(head, a.length - tail);
  const midB = b.slice(head, b.length - tail);
  // lcs[i][j]: length of the longest common subsequence of midA[i..] and midB[j..].
  const lcs = Array.from({ length: midA.length + 1 }, () => new Array<number>(midB.length + 1).fill(0));
  for (let i = midA.length - 1; i >= 0; i--) {
    for (let j = midB.length - 1; j >= 0; j--) {
      lcs[i]![j] = midA[i] === midB[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
    }
  }

  const lines: DiffLine[] = a.slice(0, head).map((text, index) => ({ kind: "same", text, before: index + 1, after: index + 1 }));
  let i = 0;
  let j = 0;
  while (i < midA.length || j < midB.length) {
    if (i < midA.length && j < midB.length && midA[i] === midB[j]) {
      lines.push({ kind: "same", text: midA[i]!, before: head + i + 1, after: head + j + 1 });
      i++;
      j++;
    } else if (i < midA.length && (j === midB.length || lcs[i + 1]![j]! >= lcs[i]![j + 1]!)) {
      // Removals first, so a changed line reads as "old, then new".
      lines.push({ kind: "removed", text: midA[i]!, before: head + i + 1 });
      i++;
    } else {
      lines.push({ kind: "added", text: midB[j]!, after: head + j + 1 });
      j++;
    }
  }
  for (let k = 0; k < tail; k++) {
    lines.push({ kind: "same", text: a[a.length - tail + k]!, before: a.length - tail + k + 1, after: b.length - tail + k + 1 });
  }
  return lines;
}

/** Only the changed lines with `context` unchanged lines around each change; gaps become null. */
export function withContext(lines: readonly DiffLine[], context = 2): Array<DiffLine | null> {
  const keep = lines.map(() => false);
  lines.forEach((line, index) => {
    if (line.kind === "same") return;
    for (let k = Math.max(0, index - context); k <= Math.min(lines.length - 1, index + context); k++) keep[k] = true;
  });
  const out: Array<DiffLine | null> = [];
  lines.forEach((line, index) => {
    if (keep[index]) out.push(line);
    else if (out.length === 0 || out[out.length - 1] !== null) out.push(null);
  });
  // A gap at the very end tells nothing.
  if (out[out.length - 1] === null) out.pop();
  return out;
}
