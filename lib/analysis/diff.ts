export type DiffLine =
  | { kind: "same"; text: string; before: number; after: number }
  | { kind: "removed"; text: string; before: number }
  | { kind: "added"; text: string; after: number };

/**
 * A line diff of two texts: the shortest edit script (Myers' O((N+M)·D) algorithm, D the number of differing lines),
 * after the common head and tail are skipped. Fixes change a few lines of a file of any length, so this stays fast
 * where a table of every pair of lines would grow with the square of the file. Past `MAX_EDIT_DISTANCE` differing
 * lines the changed middle is shown removed, then added: a correct diff, if not the shortest.
 */
export function diffLines(before: string, after: string): DiffLine[] {
  return diffLineLists(before.split("\n"), after.split("\n"));
}

function diffLineLists(a: readonly string[], b: readonly string[]): DiffLine[] {
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;

  const midA = a.slice(head, a.length - tail);
  const midB = b.slice(head, b.length - tail);
  const lines: DiffLine[] = a.slice(0, head).map((text, index) => ({ kind: "same", text, before: index + 1, after: index + 1 }));
  let i = 0;
  let j = 0;
  for (const kind of shortestEdit(midA, midB) ?? [...midA.map(() => "removed" as const), ...midB.map(() => "added" as const)]) {
    if (kind === "same") lines.push({ kind, text: midA[i]!, before: head + ++i, after: head + ++j });
    else if (kind === "removed") lines.push({ kind, text: midA[i]!, before: head + ++i });
    else lines.push({ kind, text: midB[j]!, after: head + ++j });
  }
  for (let k = 0; k < tail; k++) {
    lines.push({ kind: "same", text: a[a.length - tail + k]!, before: a.length - tail + k + 1, after: b.length - tail + k + 1 });
  }
  return lines;
}

/** How many differing lines the shortest edit is searched for: its time and memory grow with the square of this. */
const MAX_EDIT_DISTANCE = 2000;

type EditKind = DiffLine["kind"];

/**
 * The shortest edit script turning `a` into `b`, removals before additions where both fit (a changed line reads as
 * "old, then new"), or undefined when more than MAX_EDIT_DISTANCE lines differ. Myers (1986): `furthest[k]` is the
 * furthest x reached on diagonal k = x − y; each round d keeps its copy (diagonals −d…d) to walk the path back.
 */
function shortestEdit(a: readonly string[], b: readonly string[]): EditKind[] | undefined {
  const n = a.length;
  const m = b.length;
  const limit = Math.min(n + m, MAX_EDIT_DISTANCE);
  const offset = limit + 1;
  const furthest = new Int32Array(2 * limit + 3);
  const rounds: Int32Array[] = [];
  for (let d = 0; d <= limit; d++) {
    // The diagonals −d−1…d+1 as they were before this round: all the walk back reads of it.
    rounds.push(furthest.slice(offset - d - 1, offset + d + 2));
    for (let k = -d; k <= d; k += 2) {
      const down = k === -d || (k !== d && furthest[offset + k - 1]! < furthest[offset + k + 1]!);
      let x = down ? furthest[offset + k + 1]! : furthest[offset + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      furthest[offset + k] = x;
      if (x >= n && y >= m) return walkBack(rounds, n, m);
    }
  }
  return undefined;
}

function walkBack(rounds: readonly Int32Array[], n: number, m: number): EditKind[] {
  const script: EditKind[] = [];
  let x = n;
  let y = m;
  for (let d = rounds.length - 1; d >= 0; d--) {
    const before = rounds[d]!;
    const at = (k: number) => before[k + d + 1]!;
    const k = x - y;
    const down = k === -d || (k !== d && at(k - 1) < at(k + 1));
    const previousK = down ? k + 1 : k - 1;
    const previousX = d === 0 ? 0 : at(previousK);
    const previousY = previousX - previousK;
    while (x > previousX && y > previousY) {
      script.push("same");
      x--;
      y--;
    }
    if (d > 0) script.push(down ? "added" : "removed");
    x = previousX;
    y = previousY;
  }
  return script.reverse();
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

/** Marks the last line of a text without a final newline, so it differs from the same line with one. */
const NO_FINAL_NEWLINE = "\u0000";

/** A text's lines for a unified diff: the final newline ends the last line, it does not start an empty one. */
function patchLines(text: string): string[] {
  if (text === "") return [];
  return text.endsWith("\n") ? text.slice(0, -1).split("\n") : `${text}${NO_FINAL_NEWLINE}`.split("\n");
}

/**
 * A unified diff of one file, as `diff -u` and `patch` read it (the path on both header lines, `patch -p0` applies it),
 * with `context` unchanged lines around each change; empty when the texts are equal.
 */
export function unifiedDiff(path: string, before: string, after: string, context = 3): string {
  if (before === after) return "";
  const lines = diffLineLists(patchLines(before), patchLines(after));
  const hunks: { from: number; to: number }[] = [];
  lines.forEach((line, index) => {
    if (line.kind === "same") return;
    const from = Math.max(0, index - context);
    const to = Math.min(lines.length, index + context + 1);
    const last = hunks[hunks.length - 1];
    if (last && from <= last.to) last.to = to;
    else hunks.push({ from, to });
  });
  // A tab ends the name, as GNU diff writes it: patch would otherwise read a name with a space as two words.
  const name = /\s/.test(path) ? `${path}\t` : path;
  const out = [`--- ${name}`, `+++ ${name}`];
  let oldSeen = 0;
  let newSeen = 0;
  let index = 0;
  for (const { from, to } of hunks) {
    for (; index < from; index++) {
      if (lines[index]!.kind !== "added") oldSeen++;
      if (lines[index]!.kind !== "removed") newSeen++;
    }
    const hunk = lines.slice(from, to);
    const oldCount = hunk.filter((line) => line.kind !== "added").length;
    const newCount = hunk.filter((line) => line.kind !== "removed").length;
    // A side with no line in the hunk names the line it comes after (0: the start of the file).
    out.push(`@@ -${oldSeen + (oldCount > 0 ? 1 : 0)},${oldCount} +${newSeen + (newCount > 0 ? 1 : 0)},${newCount} @@`);
    for (const line of hunk) {
      const sign = line.kind === "same" ? " " : line.kind === "removed" ? "-" : "+";
      if (line.text.endsWith(NO_FINAL_NEWLINE)) out.push(`${sign}${line.text.slice(0, -1)}`, "\\ No newline at end of file");
      else out.push(`${sign}${line.text}`);
    }
  }
  return `${out.join("\n")}\n`;
}
