import type { Finding, Severity } from "@/lib/analysis";

/** Points a finding costs out of 100. An error weighs as much as several style nits. */
export const SEVERITY_PENALTY: Record<Severity, number> = { error: 25, warning: 10, info: 3, style: 1 };

/** The lowest score that earns each grade, best first. */
const GRADE_FLOORS: ReadonlyArray<[Grade, number]> = [
  ["A", 90],
  ["B", 75],
  ["C", 60],
  ["D", 40],
  ["F", 0],
];

export type Grade = "A" | "B" | "C" | "D" | "F";

export interface FileScore {
  score: number;
  grade: Grade;
}

/** The best grade a file with an error can earn: an error breaks the build or leaks a secret, whatever else is right. */
const GRADE_WITH_ERRORS: Grade = "D";

/** A file's score: 100 minus a penalty per finding (never below 0), and its school grade. */
export function scoreFindings(findings: readonly Finding[]): FileScore {
  const penalty = findings.reduce((sum, finding) => sum + SEVERITY_PENALTY[finding.severity], 0);
  const score = Math.max(0, 100 - penalty);
  const floors = findings.some((finding) => finding.severity === "error")
    ? GRADE_FLOORS.slice(GRADE_FLOORS.findIndex(([grade]) => grade === GRADE_WITH_ERRORS))
    : GRADE_FLOORS;
  const grade = floors.find(([, floor]) => score >= floor)?.[0] ?? "F";
  return { score, grade };
}

/** The rule, in words, for the tooltip next to every grade. */
export const GRADE_EXPLANATION =
  `Score = 100 − ${SEVERITY_PENALTY.error} per error − ${SEVERITY_PENALTY.warning} per warning − ` +
  `${SEVERITY_PENALTY.info} per info − ${SEVERITY_PENALTY.style} per style finding (at least 0). ` +
  `Grade: A from 90, B from 75, C from 60, D from 40, F below; a file with an error earns ${GRADE_WITH_ERRORS} at best.`;
