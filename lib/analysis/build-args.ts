/**
 * Build arguments as `docker build --build-arg NAME=value` takes them: the values that replace ARG defaults when the
 * review resolves variables (base images, versions, `if` branches the size estimate follows). One reading for the CLI,
 * the API and the dashboard.
 */

/** How many build arguments a review takes: a build passes a handful; the bound keeps a request's work small. */
export const MAX_BUILD_ARGS = 100;
/** The longest value: past it the variable expansion gives up anyway (dockerfile/variables.ts). */
export const MAX_BUILD_ARG_VALUE = 65_536;

/** An ARG name: what Dockerfiles declare (`ARG NODE_VERSION`, `ARG http_proxy`, `ARG app-version`). */
const NAME = /^[A-Za-z_][A-Za-z0-9_.-]*$/;

export type BuildArgs = Record<string, string>;

export function isBuildArgName(name: string): boolean {
  // `__proto__` would set the prototype of the object the arguments are kept in, not an entry.
  return NAME.test(name) && name !== "__proto__";
}

/** Why a build argument cannot be taken, or undefined when it can. */
export function buildArgProblem(name: string, value: string): string | undefined {
  if (!isBuildArgName(name)) return `\`${name}\` is not an ARG name (letters, digits, _, . and -, not starting with a digit)`;
  if (value.length > MAX_BUILD_ARG_VALUE) return `the value of ${name} is longer than ${MAX_BUILD_ARG_VALUE} characters`;
  return undefined;
}

/** The first reason a set of build arguments cannot be taken (too many, or one of them), or undefined when it can. */
export function buildArgsProblem(args: Readonly<Record<string, string>>): { name?: string; problem: string } | undefined {
  const names = Object.keys(args);
  if (names.length > MAX_BUILD_ARGS) return { problem: `at most ${MAX_BUILD_ARGS} build arguments` };
  for (const name of names) {
    const problem = buildArgProblem(name, args[name]!);
    if (problem) return { name, problem };
  }
  return undefined;
}

/**
 * One `--build-arg` operand: `NAME=value` (the value may be empty or hold `=`), or `NAME` alone, which takes the value
 * from `environment` as Docker does and is left out (the ARG keeps its default) when the environment has none.
 */
export function parseBuildArg(text: string, environment: Readonly<Record<string, string | undefined>> = {}): { name: string; value: string | undefined } | { problem: string } {
  const equals = text.indexOf("=");
  const name = (equals === -1 ? text : text.slice(0, equals)).trim();
  const value = equals === -1 ? environment[name] : text.slice(equals + 1);
  const problem = buildArgProblem(name, value ?? "");
  return problem ? { problem } : { name, value };
}

/**
 * Build arguments written one per line (`NAME=value`), as the dashboard takes them; blank lines and `#` comments are
 * skipped, and a later line wins over an earlier one of the same name, as repeated `--build-arg` flags do.
 */
export function parseBuildArgLines(text: string): { args: BuildArgs; problems: string[] } {
  const args: BuildArgs = {};
  const problems: string[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    const trimmed = line.trim();
    if (trimmed === "" || trimmed.startsWith("#")) return;
    if (!trimmed.includes("=")) {
      problems.push(`Line ${index + 1}: write NAME=value (\`${trimmed}\` has no value).`);
      return;
    }
    const parsed = parseBuildArg(trimmed);
    if ("problem" in parsed) problems.push(`Line ${index + 1}: ${parsed.problem}.`);
    else args[parsed.name] = parsed.value!;
  });
  if (Object.keys(args).length > MAX_BUILD_ARGS) problems.push(`At most ${MAX_BUILD_ARGS} build arguments.`);
  return { args, problems };
}

/** Build arguments as lines, the inverse of `parseBuildArgLines`. */
export function formatBuildArgLines(args: BuildArgs): string {
  return Object.entries(args).map(([name, value]) => `${name}=${value}`).join("\n");
}
