import type { Severity } from "./types";

/** The user's configuration, after it has been read from a file or an API request. */
export interface Config {
  /** Per rule (id or alias): a severity to report it at, or "off". */
  rules?: Record<string, Severity | "off">;
  /** The CLI fails when a finding is at or above this severity. */
  failureThreshold?: Severity;
  /** Settings some rules read (hadolint's `trustedRegistries`, `label-schema`, `strict-labels`). */
  ruleOptions?: RuleOptions;
}

/** The value types a label schema can demand, as hadolint's `label-schema` names them. */
export type LabelType = "text" | "url" | "semver" | "hash" | "rfc3339" | "spdx" | "email";

export const LABEL_TYPES: readonly LabelType[] = ["text", "url", "semver", "hash", "rfc3339", "spdx", "email"];

export interface RuleOptions {
  /** Registries base images may come from: exact hosts, `*.example.com` suffixes, `prefix*`, or `*`. */
  trustedRegistries?: string[];
  /** Labels every shipped image must carry, each with the type its value must have. */
  labelSchema?: Record<string, LabelType>;
  /** With a schema: labels that are not in it are reported too. */
  strictLabels?: boolean;
}

export const DEFAULT_FAILURE_THRESHOLD: Severity = "warning";
