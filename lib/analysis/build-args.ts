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
 * skipped, and a later line wins over an earlier one of the same name, as repeated `--build-arg` flags do (`warnings`
 * says so, since it is rarely meant).
 */
export function parseBuildArgLines(text: string): { args: BuildArgs; problems: string[]; warnings: string[] } {
  const args: BuildArgs = {};
  const problems: string[] = [];
  const linesByName = new Map<string, number[]>();
  text.split(/\r?\n/).forEach((line, index) => {
    const trimmed = line.trim();
    const number = index + 1;
    if (trimmed === "" || trimmed.startsWith("#")) return;
    if (!trimmed.includes("=")) {
      problems.push(`Line ${number}: write NAME=value (\`${trimmed}\` has no value).`);
      return;
    }
    if (trimmed.startsWith("=")) {
      problems.push(`Line ${number} has no name before \`=\`.`);
      return;
    }
    const parsed = parseBuildArg(trimmed);
    if ("problem" in parsed) {
      problems.push(`Line ${number}: ${parsed.problem}.`);
      return;
    }
    args[parsed.name] = parsed.value!;
    linesByName.set(parsed.name, [...(linesByName.get(parsed.name) ?? []), number]);
  });
  if (Object.keys(args).length > MAX_BUILD_ARGS) problems.push(`At most ${MAX_BUILD_ARGS} build arguments.`);
  const warnings = [...linesByName]
    .filter(([, lines]) => lines.length > 1)
    .map(([name, lines]) => `\`${name}\` is set on lines ${listed(lines)}: the last one, line ${lines.at(-1)}, wins.`);
  return { args, problems, warnings };
}

/** "2 and 4", "2, 4 and 6". */
function listed(numbers: readonly number[]): string {
  return `${numbers.slice(0, -1).join(", ")} and ${numbers.at(-1)}`;
}

/** Build arguments as lines, the inverse of `parseBuildArgLines`. */
export function formatBuildArgLines(args: BuildArgs): string {
  return Object.entries(args).map(([name, value]) => `${name}=${value}`).join("\n");
}
