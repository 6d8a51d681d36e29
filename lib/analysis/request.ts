import { buildArgsProblem, type BuildArgs } from "./build-args";
import { ConfigError, parseConfig } from "./config";
import type { AnalyzeOptions } from "./engine";
import { PROFILES, type ProfileName } from "./rules/types";

/**
 * Reads the options of an API request (`{ files, profile, config, target, buildArgs, assumptions }`) into analysis
 * options. `config` may be an object or YAML/JSON text, in our format or hadolint's; `buildArgs` are
 * `--build-arg` values by name; `assumptions` are the size estimate's inputs (`contextBytes`). Throws `ConfigError`
 * (a one-line message fit for a 400 answer) when anything is invalid.
 */
export function analyzeOptionsFrom(request: { profile?: unknown; config?: unknown; target?: unknown; buildArgs?: unknown; assumptions?: unknown }): AnalyzeOptions {
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
  if (request.buildArgs !== undefined && request.buildArgs !== null) options.buildArgs = buildArgsFrom(request.buildArgs);
  if (request.assumptions !== undefined && request.assumptions !== null) {
    const { contextBytes } = request.assumptions as { contextBytes?: unknown };
    if (contextBytes !== undefined && contextBytes !== null) {
      if (typeof contextBytes !== "number" || !Number.isFinite(contextBytes) || contextBytes < 0) throw new ConfigError("assumptions.contextBytes must be a number of bytes");
      options.size = { contextBytes };
    }
  }
  return options;
}

function buildArgsFrom(value: unknown): BuildArgs {
  if (typeof value !== "object" || Array.isArray(value)) throw new ConfigError("buildArgs must map ARG names to values");
  for (const [name, argValue] of Object.entries(value as object)) {
    if (typeof argValue !== "string") throw new ConfigError(`buildArgs.${name} must be a string`);
  }
  const args = value as BuildArgs;
  const found = buildArgsProblem(args);
  if (found) throw new ConfigError(`buildArgs: ${found.problem}`);
  return { ...args };
}
