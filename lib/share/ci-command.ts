import { parse as parseYaml } from "yaml";
import { detectConfigFormat } from "../analysis/config";
import { storedBuildArgs, type SharedWorkspace } from "./document";
import { REDACTION_PATTERN } from "../analysis/secrets";

/** A word as a POSIX shell reads it back unchanged: bare when it is plain, else in single quotes. */
function shellWord(word: string): string {
  return /^[A-Za-z0-9_./:=@%+-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

/** Finds a placeholder of a redacted secret in a stored value (REDACTION_PATTERN without its global state). */
const PLACEHOLDER = new RegExp(REDACTION_PATTERN.source);

/**
 * The CLI command that repeats a shared review in CI, annotating the pull request (GitHub's format): the same files,
 * profile, build target, build arguments and build-context size. A build argument whose value was redacted is
 * passed by name, for the CI job to take from its environment (a secret). A configuration is read from the file
 * `configFile` names, which the team commits.
 */
export interface CiCommand {
  command: string;
  /** Where the command reads the review's configuration from, when it had one. */
  configFile?: string;
  /** The build arguments passed by name, their values redacted: the job's environment must hold them. */
  fromEnvironment: string[];
}

export function ciCommand(workspace: SharedWorkspace): CiCommand {
  const settings = workspace.settings ?? {};
  const words = ["npx", "shipshape", "--format", "github"];
  const profile = workspace.profile ?? settings.profile;
  if (typeof profile === "string" && profile !== "recommended") words.push("--profile", profile);
  let configFile: string | undefined;
  if (workspace.config !== undefined) {
    // Stored as written: YAML text or an object (the share validated it, so the text parses).
    const config: unknown = typeof workspace.config === "string" ? parseYaml(workspace.config) : workspace.config;
    configFile = detectConfigFormat(config) === "hadolint" ? ".hadolint.yaml" : ".shipshape.yaml";
    words.push("--config", configFile);
  }
  if (typeof settings.target === "string" && settings.target) words.push("--target", settings.target);
  const fromEnvironment: string[] = [];
  for (const [name, value] of storedBuildArgs(settings)) {
    const secret = PLACEHOLDER.test(value);
    if (secret) fromEnvironment.push(name);
    words.push("--build-arg", secret ? name : `${name}=${value}`);
  }
  const contextBytes = (settings.assumptions as { contextBytes?: unknown } | undefined)?.contextBytes;
  if (typeof contextBytes === "number") words.push("--context-size", String(contextBytes));
  words.push(...workspace.files.map((file) => file.path));
  return { command: words.map(shellWord).join(" "), ...(configFile ? { configFile } : {}), fromEnvironment };
}

/**
 * The command as a GitHub Actions step, the redacted build arguments taken from the repository's secrets. The command
 * is a YAML block scalar: as a plain one, a quoted value holding ` #` or `: ` would end it or break the file.
 */
export function workflowStep({ command, fromEnvironment }: CiCommand): string {
  const lines = ["- name: Review the container files", "  run: |", ...command.split("\n").map((line) => `    ${line}`)];
  if (fromEnvironment.length > 0) lines.push("  env:", ...fromEnvironment.map((name) => `    ${name}: \${{ secrets.${name} }}`));
  return lines.join("\n");
}
