import type { Severity } from "../types";

/**
 * hadolint's rule codes with their default severities (hadolint 2.12–2.15, from its README and source; "off"
 * for the rules hadolint ships disabled). The `hadolint` profile and `.hadolint.yaml` files are read against this
 * list: a code here that we do not implement yet is accepted and does nothing, rather than being an error.
 */
export const HADOLINT_CODES: Readonly<Record<string, Severity | "off">> = {
  DL1001: "off", DL3000: "error", DL3001: "info", DL3002: "warning", DL3003: "warning", DL3004: "error", DL3005: "error",
  DL3006: "warning", DL3007: "warning", DL3008: "warning", DL3009: "info", DL3010: "info", DL3011: "error", DL3012: "error",
  DL3013: "warning", DL3014: "warning", DL3015: "info", DL3016: "warning", DL3018: "warning", DL3019: "info", DL3020: "error",
  DL3021: "error", DL3022: "warning", DL3023: "error", DL3024: "error", DL3025: "warning", DL3026: "error", DL3027: "warning",
  DL3028: "warning", DL3029: "warning", DL3030: "warning", DL3032: "warning", DL3033: "warning", DL3034: "warning",
  DL3035: "warning", DL3036: "warning", DL3037: "warning", DL3038: "warning", DL3040: "warning", DL3041: "warning",
  DL3042: "warning", DL3043: "error", DL3044: "error", DL3045: "warning", DL3046: "warning", DL3047: "info", DL3048: "style",
  DL3049: "info", DL3050: "info", DL3051: "warning", DL3052: "warning", DL3053: "warning", DL3054: "warning", DL3055: "warning",
  DL3056: "warning", DL3057: "off", DL3058: "warning", DL3059: "info", DL3060: "info", DL3061: "error", DL3062: "warning",
  DL3063: "warning", DL3064: "warning", DL3065: "warning", DL3066: "info", DL3067: "warning", DL4000: "error", DL4001: "warning",
  DL4003: "warning", DL4004: "error", DL4005: "warning", DL4006: "warning",
};

/** Docker BuildKit's build check names (`# check=skip=…`), from docs.docker.com/build/checks. */
export const BUILDKIT_CHECKS: readonly string[] = [
  "ConsistentInstructionCasing", "CopyIgnoredFile", "DuplicateStageName", "ExposeInvalidFormat", "ExposeProtoCasing",
  "FromAsCasing", "FromPlatformFlagConstDisallowed", "InvalidBaseImagePlatform", "InvalidDefaultArgInFrom",
  "InvalidDefinitionDescription", "JSONArgsRecommended", "LegacyKeyValueFormat", "MaintainerDeprecated",
  "MultipleInstructionsDisallowed", "NoEmptyContinuation", "RedundantTargetPlatform", "ReservedStageName",
  "SecretsUsedInArgOrEnv", "StageNameCasing", "UndefinedArgInFrom", "UndefinedVar", "WorkdirRelativePath",
];

const buildkitLower = new Set(BUILDKIT_CHECKS.map((name) => name.toLowerCase()));

export function isBuildkitCheck(name: string): boolean {
  return buildkitLower.has(name.toLowerCase());
}

/** Names other tools use that pragmas and configs may mention: hadolint codes, ShellCheck codes, BuildKit checks. */
export function isExternalRuleName(name: string): boolean {
  const upper = name.toUpperCase();
  return upper in HADOLINT_CODES || upper === "DL1000" || /^SC[0-9]{4}$/.test(upper) || isBuildkitCheck(name);
}
