import { ConfigError, parseConfig } from "./config";
import type { AnalyzeOptions } from "./engine";
import { PROFILES, type ProfileName } from "./rules/types";

/**
 * Reads the options of an API request (`{ files, profile, config, target }`) into analysis options. `config` may
 * be an object or YAML/JSON text, in our format or hadolint's. Throws `ConfigError` (a one-line message fit for a
 * 400 answer) when anything is invalid.
 */
export function analyzeOptionsFrom(request: { profile?: unknown; config?: unknown; target?: unknown }): AnalyzeOptions {
  const options: AnalyzeOptions = {};
  if (request.profile !== undefined) {
    if (!PROFILES.includes(request.profile as ProfileName)) throw new ConfigError(`profile must be one of ${PROFILES.join(", ")}`);
    options.profile = request.profile as ProfileName;
  }
  if (request.config !== undefined && request.config !== null) options.config = parseConfig(request.config);
  if (request.target !== undefined) {
    if (typeof request.target !== "string") throw new ConfigError("target must be a stage name");
    options.target = request.target;
  }
  return options;
}
