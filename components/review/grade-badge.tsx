import { GRADE_EXPLANATION, type FileScore } from "@/lib/client/grade";

const GRADE_COLOUR: Record<FileScore["grade"], string> = {
  A: "border-grade-good text-grade-good",
  B: "border-grade-good text-grade-good",
  C: "border-severity-warning text-severity-warning",
  D: "border-severity-error text-severity-error",
  F: "border-severity-error text-severity-error",
};

/** A file's grade at a glance; the tooltip and the accessible name say how it is computed. */
export function GradeBadge({ grade, score, className = "" }: FileScore & { className?: string }) {
  return (
    <span
      role="img"
      title={`Score ${score}/100. ${GRADE_EXPLANATION}`}
      aria-label={`Grade ${grade}, score ${score} of 100`}
      data-grade={grade}
      className={`inline-flex items-baseline gap-1 rounded border px-1.5 text-xs font-bold tabular-nums ${GRADE_COLOUR[grade]} ${className}`}
    >
      {grade}
      <span className="font-normal">{score}</span>
    </span>
  );
}
