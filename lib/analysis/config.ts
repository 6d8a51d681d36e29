import type { Severity } from "./types";

/** The user's configuration, after it has been read from a file or an API request. */
export interface Config {
  /** Per rule (id or alias): a severity to report it at, or "off". */
  rules?: Record<string, Severity | "off">;
  /** The CLI fails when a finding is at or above this severity. */
  failureThreshold?: Severity;
}

export const DEFAULT_FAILURE_THRESHOLD: Severity = "warning";
