import { parse as parseYaml } from "yaml";
import { z } from "zod";
import { buildArgsProblem, type BuildArgs } from "./build-args";
import { LABEL_TYPES } from "./dockerfile/labels";
import { findRule, isKnownRuleName } from "./rules";
import { PROFILES, type ProfileName } from "./rules/types";
import { MAX_CONTEXT_BYTES, parseByteSize } from "./size/bytes";
import { SEVERITIES, type Severity } from "./types";

/** The user's configuration, after it has been read from `.shipshape.yaml`, `.hadolint.yaml` or an API request. */
export interface Config {
  /** The rule set to start from; `recommended` by default. */
  profile?: ProfileName;
  /** Per rule (id or alias): a severity to report it at, or "off". */
  rules?: Record<string, Severity | "off">;
  /** The CLI fails when a finding is at or above this severity; `none` never fails. */
  failureThreshold?: Severity | "none";
  /** Registries base images may come from (`docker.io`, `*.gcr.io`). */
  trustedRegistries?: string[];
  /** Labels the image must carry, with the type of their value (`text`, `url`, `semver`, `rfc3339`…). */
  labelSchema?: Record<string, string>;
  /** Labels not in `labelSchema` are reported. */
  strictLabels?: boolean;
  /** Ignore every inline suppression comment (`# hadolint ignore=…`, `# shipshape-ignore …`). */
  disableIgnorePragma?: boolean;
  /** The build the review judges, as CI runs it; a request's or the command line's own settings win. */
  build?: BuildSettings;
}

export interface BuildSettings {
  /** The stage `docker build --target` builds. */
  target?: string;
  /** `--build-arg` values by ARG name. */
  args?: BuildArgs;
  /** The build context's size, for the image estimate. */
  contextBytes?: number;
}

export const DEFAULT_FAILURE_THRESHOLD: Severity = "warning";

/** A configuration that cannot be used; the message says where and why, in one line. */
export class ConfigError extends Error {}

export type ConfigFormat = "shipshape" | "hadolint";

const severity = z.enum(SEVERITIES as unknown as [Severity, ...Severity[]]);
const labelType = z.enum(LABEL_TYPES);

const shipshapeSchema = z.object({
  profile: z.enum(PROFILES as unknown as [ProfileName, ...ProfileName[]]).optional(),
  rules: z.record(z.string(), z.union([severity, z.literal("off")])).optional(),
  failureThreshold: z.union([severity, z.literal("none")]).optional(),
  trustedRegistries: z.array(z.string()).optional(),
  labelSchema: z.record(z.string(), labelType).optional(),
  strictLabels: z.boolean().optional(),
  disableIgnorePragma: z.boolean().optional(),
  build: z.object({
    target: z.string().min(1).optional(),
    // YAML reads `NODE_VERSION: 22` as a number; the build takes text.
    args: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()]).transform(String))
      .superRefine((args, context) => {
        const found = buildArgsProblem(args);
        if (found) context.addIssue({ code: "custom", message: found.problem, path: found.name === undefined ? [] : [found.name] });
      })
      .optional(),
    contextSize: z.union([z.number(), z.string()]).transform((size, context) => {
      const bytes = typeof size === "number" ? size : parseByteSize(size);
      if (bytes === undefined || !(bytes >= 0 && bytes <= MAX_CONTEXT_BYTES)) {
        context.addIssue({ code: "custom", message: "a size such as 40MB, 1.5GB or 800kB, at most 10 TB" });
        return z.NEVER;
      }
      return bytes;
    }).optional(),
  }).strict().transform(({ contextSize, ...build }): BuildSettings => ({ ...build, ...(contextSize !== undefined ? { contextBytes: contextSize } : {}) })).optional(),
}).strict();

const codeList = z.array(z.string());
/** `.hadolint.yaml` as hadolint reads it; output settings (format, colour, verbosity) are accepted and unused here. */
const hadolintSchema = z.object({
  ignored: codeList.optional(),
  override: z.object({ error: codeList.optional(), warning: codeList.optional(), info: codeList.optional(), style: codeList.optional() }).strict().optional(),
  trustedRegistries: z.union([z.array(z.string()), z.string()]).optional(),
  "label-schema": z.record(z.string(), labelType).optional(),
  "strict-labels": z.boolean().optional(),
  "failure-threshold": z.enum(["error", "warning", "info", "style", "ignore", "none"]).optional(),
  "disable-ignore-pragma": z.boolean().optional(),
  "no-fail": z.boolean().optional(),
  "no-color": z.boolean().optional(),
  verbose: z.boolean().optional(),
  format: z.string().optional(),
  formats: z.array(z.string()).optional(),
}).strict();

const HADOLINT_ONLY_KEYS = ["ignored", "override", "label-schema", "strict-labels", "failure-threshold", "disable-ignore-pragma", "no-fail", "no-color", "verbose", "format", "formats"];

/** Which kind of file a configuration is: by its name (`.hadolint.yaml`, `hadolint.yml`) or else by its keys. */
export function detectConfigFormat(value: unknown, fileName?: string): ConfigFormat {
  if (fileName && /(^|[\\/])\.?hadolint\.ya?ml$/i.test(fileName)) return "hadolint";
  if (value && typeof value === "object" && Object.keys(value).some((key) => HADOLINT_ONLY_KEYS.includes(key))) return "hadolint";
  return "shipshape";
}

function fail(where: string, message: string): never {
  throw new ConfigError(`invalid configuration: ${where ? `${where}: ` : ""}${message}`);
}

function validated<T>(schema: z.ZodType<T>, value: unknown): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  return fail(issue.path.join("."), issue.message);
}

/** Rule names must exist: ours are errors when unknown; hadolint/ShellCheck/BuildKit names we lack are accepted. */
function checkRuleName(name: string, where: string, allowExternal: boolean): boolean {
  if (findRule(name)) return true;
  if (allowExternal && isKnownRuleName(name)) return false;
  return fail(where, `no rule has this id or alias (${name})`);
}

function fromHadolint(value: z.infer<typeof hadolintSchema>): Config {
  const rules: Record<string, Severity | "off"> = {};
  for (const [level, codes] of Object.entries(value.override ?? {}) as [Severity, string[] | undefined][]) {
    for (const code of codes ?? []) if (checkRuleName(code, `override.${level}`, true)) rules[code] = level;
  }
  for (const code of value.ignored ?? []) if (checkRuleName(code, "ignored", true)) rules[code] = "off";
  const threshold = value["no-fail"] ? "none" : value["failure-threshold"];
  const config: Config = {
    rules,
    failureThreshold: threshold === "ignore" ? "none" : threshold,
    trustedRegistries: typeof value.trustedRegistries === "string" ? [value.trustedRegistries] : value.trustedRegistries,
    labelSchema: value["label-schema"],
    strictLabels: value["strict-labels"],
    disableIgnorePragma: value["disable-ignore-pragma"],
  };
  return Object.fromEntries(Object.entries(config).filter(([, entry]) => entry !== undefined)) as Config;
}

/**
 * Reads a configuration given as an object or as YAML/JSON text, in our format or hadolint's. Unknown keys,
 * wrong types, unknown rule names and text that does not parse are errors (`ConfigError`), never silently ignored.
 */
export function parseConfig(input: unknown, options: { fileName?: string } = {}): Config {
  let value = input;
  if (typeof input === "string") {
    try {
      value = parseYaml(input) ?? {};
    } catch (error) {
      // yaml's messages carry a code frame after the first line; report one line.
      fail("", `not valid YAML (${(error as Error).message.split("\n")[0]})`);
    }
  }
  if (value === null || typeof value !== "object" || Array.isArray(value)) fail("", "expected a mapping of settings");
  if (detectConfigFormat(value, options.fileName) === "hadolint") return fromHadolint(validated(hadolintSchema, value));
  const config = validated(shipshapeSchema, value);
  for (const name of Object.keys(config.rules ?? {})) checkRuleName(name, `rules.${name}`, false);
  return config;
}
