import type { ImageSizeEstimate, SizeImpact } from "./size/types";

/**
 * The public shapes of the analysis library. Positions are 1-based; columns count UTF-16 code units
 * (as Monaco and LSP do) and every range's end is exclusive.
 */

export interface Position {
  line: number;
  column: number;
}

export interface Range {
  start: Position;
  end: Position;
}

export type Severity = "error" | "warning" | "info" | "style";

/** Severities from most to least serious; used for thresholds and sorting. */
export const SEVERITIES: readonly Severity[] = ["error", "warning", "info", "style"];

export type Category =
  | "security"
  | "reliability"
  | "size"
  | "performance"
  | "maintainability"
  | "correctness"
  | "style";

export type FileKind = "dockerfile" | "compose" | "dockerignore" | "other";

export interface SourceFile {
  path: string;
  content: string;
}

export interface TextEdit {
  range: Range;
  text: string;
}

/**
 * safe: keeps behaviour, may be applied automatically.
 * unsafe: changes behaviour; offered, never applied by "fix all safe".
 * display-only: a suggestion to show, not to apply blindly (e.g. a guessed version pin).
 */
export type Applicability = "safe" | "unsafe" | "display-only";

export interface Fix {
  title: string;
  applicability: Applicability;
  edits: TextEdit[];
}

export interface Finding {
  rule: string;
  aliases: string[];
  severity: Severity;
  category: Category;
  message: string;
  range: Range;
  fixes: Fix[];
  /** For size findings: what acting on it would save (compressed bytes), when it can be estimated. */
  sizeImpact?: SizeImpact;
}

export interface FileReport {
  path: string;
  kind: FileKind;
  findings: Finding[];
  /** Dockerfiles: the estimated size of the image it builds. */
  size?: ImageSizeEstimate;
}

export interface Report {
  files: FileReport[];
}
