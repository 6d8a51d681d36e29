// Imports of single modules: the dashboard bundles this file, and the library's index would pull in the whole engine.
import { applyEdits, comparePositions } from "./text";
import type { Finding, Fix, TextEdit } from "./types";

export interface FixPlan {
  /** The fixes that will be applied, in text order. */
  fixes: Fix[];
  edits: TextEdit[];
  /** Fixes left out because they touch text another fix already changes (a second run picks them up). */
  deferred: number;
  before: string;
  after: string;
}

/**
 * Every fix of a file's findings that can be applied together: the safe ones, and the unsafe ones too when asked (the
 * CLI's `--unsafe-fixes`); never those only displayed. A fix is atomic: if any of its edits overlaps an edit already
 * taken, the whole fix waits for the next run rather than being half-applied.
 */
export function planFixes(text: string, findings: readonly Finding[], { unsafe = false }: { unsafe?: boolean } = {}): FixPlan {
  const candidates = findings
    .flatMap((finding) => finding.fixes.filter((fix) => fix.applicability === "safe" || (unsafe && fix.applicability === "unsafe")))
    .sort((a, b) => comparePositions(firstStart(a), firstStart(b)));
  const taken: Fix[] = [];
  const edits: TextEdit[] = [];
  let deferred = 0;
  for (const fix of candidates) {
    if (fix.edits.some((edit) => edits.some((other) => overlaps(edit, other)))) {
      deferred++;
      continue;
    }
    taken.push(fix);
    edits.push(...fix.edits);
  }
  return { fixes: taken, edits, deferred, before: text, after: applyEdits(text, edits).text };
}

function firstStart(fix: Fix) {
  return fix.edits.reduce((first, edit) => (comparePositions(edit.range.start, first) < 0 ? edit.range.start : first), {
    line: Number.MAX_SAFE_INTEGER,
    column: 0,
  });
}

/** Two edits overlap when they share characters, or both insert at the same point (their order would be a guess). */
function overlaps(a: TextEdit, b: TextEdit): boolean {
  const sameInsertionPoint = comparePositions(a.range.start, b.range.start) === 0 && (isInsertion(a) || isInsertion(b));
  return sameInsertionPoint || (comparePositions(a.range.start, b.range.end) < 0 && comparePositions(b.range.start, a.range.end) < 0);
}

function isInsertion(edit: TextEdit): boolean {
  return comparePositions(edit.range.start, edit.range.end) === 0;
}
