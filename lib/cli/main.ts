import { isUtf8 } from "node:buffer";
import { readdir, readFile, stat, writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { parseArgs } from "node:util";
import {
  analyze, ConfigError, DEFAULT_FAILURE_THRESHOLD, detectKind, ENGINE_VERSION, findRule, isKnownRuleName, parseConfig, parseDockerfile, PROFILES, SEVERITIES, type Config, type ProfileName,
  type Report, type Severity, type SourceFile,
} from "../analysis";
import "../analysis/size/bundled-data";
import { parseBuildArg, type BuildArgs } from "../analysis/build-args";
import { unifiedDiff } from "../analysis/diff";
import { planFixes } from "../analysis/fixes";
import { formatCheckstyle } from "../analysis/format/checkstyle";
import { formatGithub } from "../analysis/format/github";
import { formatCodeClimate, formatGitlab } from "../analysis/format/gitlab";
import { formatJson } from "../analysis/format/json";
import { formatJunit } from "../analysis/format/junit";
import { formatMarkdown } from "../analysis/format/markdown";
import { formatSarif } from "../analysis/format/sarif";
import { formatStylish } from "../analysis/format/stylish";
import { MAX_CONTEXT_BYTES, parseByteSize } from "../analysis/size/bytes";

const USAGE = `Usage: shipshape [options] <file…|directory…|->

Reviews Dockerfiles, compose files and .dockerignore files against container best practices.
Files given together are judged together (a compose build against its Dockerfile and .dockerignore).
A .dockerignore beside a given file is read as part of its build context even when not given.
A directory stands for the Dockerfiles, compose files and .dockerignore files under it (not in .git or node_modules).

Options:
  -f, --format <name>           output format (default: stylish): stylish, json, markdown, sarif (code scanning),
                                github (Actions annotations), gitlab (Code Quality), codeclimate (an engine's
                                NUL-separated issues), checkstyle (Jenkins and others), junit (test reports);
                                hadolint's names tty and gitlab_codeclimate are taken too
  -p, --profile <name>          rule set: recommended (default), strict, hadolint
  -c, --config <file>           configuration file: .shipshape.yaml, or a .hadolint.yaml read as hadolint does
                                (without it: the first of these in the working directory, if any)
      --fix                     apply the safe fixes to the files (again until none is left), then report the rest
      --unsafe-fixes            with --fix or --diff, apply the unsafe ones too (they change what the build does)
      --diff                    print what --fix would change as a unified diff, change no file (exit 1 if any)
      --target <stage>          the stage that is built (default: the last one)
      --build-arg <NAME=value>  a build argument, as docker build takes it (repeatable; NAME alone reads the environment)
      --context-size <size>     the build context's size for the image estimate, e.g. 40MB (default: 5MB)
  -t, --failure-threshold <s>   fail on findings at or above: error, warning, info, style, or none (default: ${DEFAULT_FAILURE_THRESHOLD})
      --no-fail                 exit 0 whatever the findings (as --failure-threshold none)
      --ignore <rule>           turn a rule off, by id or alias such as DL3008 (repeatable)
      --error <rule>            report a rule as an error; --warning, --info and --style likewise (repeatable)
      --trusted-registry <reg>  a registry base images may come from (repeatable; adds to the config's)
      --disable-ignore-pragma   ignore the suppression comments in the files
      --stdin-filename <name>   the name to give to input read from "-" (default: Dockerfile)
  -o, --output <file>           write the report (or the diff) to a file instead of standard output
      --no-color                plain output (so does a non-empty NO_COLOR variable)
  -h, --help                    show this help
  -v, --version                 show the version

The rule and threshold flags are hadolint's: they take precedence over the configuration file.

Exit codes: 0 no finding at or above the threshold, 1 findings, 2 usage or I/O error.`;

const FORMATS = ["stylish", "json", "markdown", "sarif", "github", "gitlab", "codeclimate", "checkstyle", "junit"] as const;
type Format = (typeof FORMATS)[number];
const isFormat = (value: string): value is Format => (FORMATS as readonly string[]).includes(value);
/** hadolint's names for the same outputs, so a CI script switches tools without rewriting its flags. */
const HADOLINT_FORMATS: Record<string, Format> = { tty: "stylish", gitlab_codeclimate: "gitlab" };

/** A problem with how the CLI was called or with its input: reported in one line, exit code 2. */
class UsageError extends Error {}

interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  readStdin: () => Promise<string>;
  writeFile: (path: string, text: string) => Promise<void>;
  isTty: boolean;
  env: Readonly<Record<string, string | undefined>>;
}

const defaultIo: Io = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readStdin: async () => {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString("utf8");
  },
  writeFile: (path, text) => writeFile(path, text, "utf8"),
  isTty: Boolean(process.stdout.isTTY),
  env: process.env,
};

function parseCli(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: "string", short: "f", default: "stylish" },
        config: { type: "string", short: "c" },
        profile: { type: "string", short: "p" },
        target: { type: "string" },
        "build-arg": { type: "string", multiple: true, default: [] },
        "context-size": { type: "string" },
        "failure-threshold": { type: "string", short: "t" },
        "no-fail": { type: "boolean", default: false },
        ignore: { type: "string", multiple: true, default: [] },
        error: { type: "string", multiple: true, default: [] },
        warning: { type: "string", multiple: true, default: [] },
        info: { type: "string", multiple: true, default: [] },
        style: { type: "string", multiple: true, default: [] },
        "trusted-registry": { type: "string", multiple: true, default: [] },
        "disable-ignore-pragma": { type: "boolean", default: false },
        output: { type: "string", short: "o" },
        "stdin-filename": { type: "string", default: "Dockerfile" },
        "no-color": { type: "boolean", default: false },
        fix: { type: "boolean", default: false },
        "unsafe-fixes": { type: "boolean", default: false },
        diff: { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false },
        version: { type: "boolean", short: "v", default: false },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

function asThreshold(value: string): Severity | "none" {
  if (value === "none" || (SEVERITIES as readonly string[]).includes(value)) return value as Severity | "none";
  throw new UsageError(`--failure-threshold must be one of ${SEVERITIES.join(", ")}, none, not "${value}"`);
}

type Flags = ReturnType<typeof parseCli>["values"];

/**
 * The configuration with hadolint's command-line flags on top: `--ignore` and the severity overrides (they win over
 * the file's rules, `--ignore` over them all, as in hadolint), trusted registries added, suppressions disabled.
 * A name no rule has is an error; hadolint's and ShellCheck's codes for checks we do not have are accepted.
 */
function withFlags(config: Config, flags: Flags): Config {
  const rules = { ...config.rules };
  const set = (name: string, setting: Severity | "off", flag: string) => {
    if (!findRule(name) && !isKnownRuleName(name)) throw new UsageError(`${flag} ${name}: no rule has this id or alias`);
    // Deleted first so that the flag's setting comes last, after any alias of the same rule in the file.
    delete rules[name];
    rules[name] = setting;
  };
  for (const severity of SEVERITIES) for (const name of flags[severity]) set(name, severity, `--${severity}`);
  for (const name of flags.ignore) set(name, "off", "--ignore");
  const trustedRegistries = [...(config.trustedRegistries ?? []), ...flags["trusted-registry"]];
  return {
    ...config,
    rules,
    ...(trustedRegistries.length > 0 ? { trustedRegistries } : {}),
    ...(flags["disable-ignore-pragma"] ? { disableIgnorePragma: true } : {}),
  };
}

/** A file as read: its text as the review reads it, and what writing it back must keep. */
interface InputText {
  /** Without a leading byte-order mark, which editors do not count in columns. */
  content: string;
  bom: boolean;
  /** False when some bytes are not UTF-8: they read as U+FFFD, so writing the text back would change them. */
  utf8: boolean;
}

const BOM = "\uFEFF";

function decodeInput(bytes: Buffer): InputText {
  const text = bytes.toString("utf8");
  const bom = text.startsWith(BOM);
  return { content: bom ? text.slice(1) : text, bom, utf8: isUtf8(bytes) };
}

async function readInput(path: string): Promise<InputText> {
  try {
    return decodeInput(await readFile(path));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(code === "ENOENT" ? `${path}: no such file` : code === "EISDIR" ? `${path}: is a directory` : `${path}: cannot be read (${code ?? "error"})`);
  }
}

/** Directories a review of a directory does not enter: version control and installed dependencies. */
const SKIPPED_DIRECTORIES = new Set([".git", "node_modules"]);
/** The most files a directory stands for: a repository has a handful; past this it is the wrong directory. */
const MAX_FOUND_FILES = 2000;

/** The files a path stands for: itself, or for a directory the files under it that the review reads, in path order. */
async function expandPath(path: string): Promise<string[]> {
  if (path === "-" || !(await stat(path).catch(() => undefined))?.isDirectory()) return [path];
  const found: string[] = [];
  const pending = [path];
  while (pending.length > 0) {
    const directory = pending.pop()!;
    for (const entry of await readdir(directory, { withFileTypes: true })) {
      const child = join(directory, entry.name);
      if (entry.isDirectory() && !SKIPPED_DIRECTORIES.has(entry.name)) pending.push(child);
      // A link to a file is followed (`Dockerfile -> docker/Dockerfile.prod`); links to directories are not, so no walk loops.
      else if (detectKind(child, "") !== "other" && (entry.isFile() || (entry.isSymbolicLink() && (await stat(child).catch(() => undefined))?.isFile()))) found.push(child);
    }
    if (found.length > MAX_FOUND_FILES) throw new UsageError(`${path}: more than ${MAX_FOUND_FILES} files to review under it; name the files or a smaller directory`);
  }
  if (found.length === 0) throw new UsageError(`${path}: no Dockerfile, compose file or .dockerignore under it`);
  return found.sort();
}

/**
 * The .dockerignore files beside the reviewed files that were not given. Docker reads them with the build context,
 * so the review does too (a `COPY . .` is guarded by one); their own findings are not reported, since nobody asked
 * for that file.
 */
async function contextFiles(paths: readonly string[]): Promise<SourceFile[]> {
  const given = new Set(paths.map((path) => resolve(path)));
  const candidates = new Set<string>();
  for (const path of paths) {
    if (path === "-") continue;
    for (const candidate of [join(dirname(path), ".dockerignore"), `${path}.dockerignore`]) if (!given.has(resolve(candidate))) candidates.add(candidate);
  }
  const found = await Promise.all([...candidates].map(async (path) => ({ path, content: await readFile(path).then((bytes) => decodeInput(bytes).content, () => undefined) })));
  return found.filter((file): file is SourceFile => file.content !== undefined);
}

async function writeOutput(io: Io, file: SourceFile): Promise<void> {
  try {
    await io.writeFile(file.path, file.content);
  } catch (error) {
    throw new UsageError(`${file.path}: cannot be written (${(error as NodeJS.ErrnoException).code ?? "error"})`);
  }
}

/** The configuration files a run without `--config` reads from the working directory, as hadolint reads its own. */
const DEFAULT_CONFIGS = [".shipshape.yaml", ".shipshape.yml", ".hadolint.yaml", ".hadolint.yml"];

async function loadConfig(given: string | undefined): Promise<Config> {
  const present = await Promise.all(DEFAULT_CONFIGS.map(async (name) => ((await stat(name).catch(() => undefined))?.isFile() ? name : undefined)));
  const path = given ?? present.find((name) => name !== undefined);
  if (!path) return {};
  const { content: text } = await readInput(path);
  try {
    return parseConfig(text, { fileName: path });
  } catch (error) {
    if (error instanceof ConfigError) throw new UsageError(`${path}: ${error.message}`);
    throw error;
  }
}

/** `--build-arg` operands by name; a later one wins, as with docker build. */
function buildArgsOf(operands: readonly string[], environment: Io["env"]): BuildArgs | undefined {
  if (operands.length === 0) return undefined;
  const args: BuildArgs = {};
  for (const operand of operands) {
    const parsed = parseBuildArg(operand, environment);
    if ("problem" in parsed) throw new UsageError(`--build-arg ${operand}: ${parsed.problem}`);
    if (parsed.value !== undefined) args[parsed.name] = parsed.value;
  }
  return args;
}

/** `--target` must name a stage of a reviewed Dockerfile, as `docker build --target` does ("target stage could not be found"). */
function checkTarget(target: string | undefined, files: readonly SourceFile[]): void {
  if (target === undefined) return;
  const stages = files.filter((file) => detectKind(file.path, file.content) === "dockerfile")
    .map((file) => parseDockerfile(file.content).stages.flatMap((stage) => (stage.name ? [stage.name] : [])));
  if (stages.length === 0 || stages.some((names) => names.includes(target.toLowerCase()))) return;
  const known = [...new Set(stages.flat())];
  throw new UsageError(`--target ${target}: no stage of that name in the Dockerfile${stages.length === 1 ? "" : "s"} (${known.length > 0 ? `stages: ${known.join(", ")}` : "no stage has a name"})`);
}

/** `--context-size`: `40MB`, `1.5 GB`, `512KiB` or a number of bytes. */
function bytesOf(text: string): number {
  const bytes = parseByteSize(text);
  if (bytes === undefined) throw new UsageError(`--context-size must be a size such as 40MB, 1.5GB or 800kB, not "${text}"`);
  if (bytes > MAX_CONTEXT_BYTES) throw new UsageError(`--context-size must be at most 10 TB, not "${text}"`);
  return bytes;
}

function asProfile(value: string | undefined): ProfileName | undefined {
  if (value === undefined || (PROFILES as readonly string[]).includes(value)) return value as ProfileName | undefined;
  throw new UsageError(`--profile must be one of ${PROFILES.join(", ")}, not "${value}"`);
}

function failingCount(report: Report, threshold: Severity | "none"): number {
  if (threshold === "none") return 0;
  const limit = SEVERITIES.indexOf(threshold);
  return report.files.flatMap((file) => file.findings).filter((finding) => SEVERITIES.indexOf(finding.severity) <= limit).length;
}

/** Fixing runs the review again after each round, since fixes that touch the same text wait for the next one. */
const FIX_ROUNDS = 10;

/**
 * Applies the fixes of the given files' findings, reviewing again after each round until no fix is left: returns the
 * fixed files and how many fixes each got. Files read only as build context are not changed.
 */
function fixFiles(files: SourceFile[], context: readonly SourceFile[], review: (files: SourceFile[]) => Report, unsafe: boolean): { files: SourceFile[]; applied: Map<string, number> } {
  const applied = new Map<string, number>();
  let current = files;
  for (let round = 0; round < FIX_ROUNDS; round++) {
    const report = review([...current, ...context]);
    let changed = false;
    current = current.map((file) => {
      const findings = report.files.find((reviewed) => reviewed.path === file.path)?.findings ?? [];
      const plan = planFixes(file.content, findings, { unsafe });
      if (plan.fixes.length === 0 || plan.after === file.content) return file;
      changed = true;
      applied.set(file.path, (applied.get(file.path) ?? 0) + plan.fixes.length);
      return { ...file, content: plan.after };
    });
    if (!changed) break;
  }
  return { files: current, applied };
}

/** Runs the CLI and returns its exit code. */
export async function main(argv: string[], io: Io = defaultIo): Promise<number> {
  try {
    const { values, positionals } = parseCli(argv);
    if (values.help) {
      io.stdout(`${USAGE}\n`);
      return 0;
    }
    if (values.version) {
      io.stdout(`shipshape ${ENGINE_VERSION}\n`);
      return 0;
    }
    const format = Object.hasOwn(HADOLINT_FORMATS, values.format) ? HADOLINT_FORMATS[values.format]! : values.format;
    if (!isFormat(format)) throw new UsageError(`unknown format "${format}" (use ${FORMATS.join(", ")})`);
    if (positionals.length === 0) throw new UsageError("no input files (pass a path, or - for standard input); see --help");
    const profile = asProfile(values.profile);
    const config = withFlags(await loadConfig(values.config), values);
    const threshold = values["no-fail"]
      ? "none"
      : values["failure-threshold"] ? asThreshold(values["failure-threshold"]) : config.failureThreshold ?? DEFAULT_FAILURE_THRESHOLD;
    const print = async (text: string) => {
      if (values.output === undefined) io.stdout(text);
      else await writeOutput(io, { path: values.output, content: text });
    };
    if (values["unsafe-fixes"] && !values.fix && !values.diff) throw new UsageError("--unsafe-fixes applies fixes only with --fix or --diff");
    if (values.fix && values.diff) throw new UsageError("--diff shows what --fix would change without changing it: give one of them");
    if (values.fix && positionals.includes("-")) throw new UsageError("--fix rewrites files: it cannot fix standard input");
    // One file named twice (`Dockerfile ./Dockerfile`) is reviewed once, under the first name given.
    const byFile = new Map<string, string>();
    for (const path of (await Promise.all(positionals.map(expandPath))).flat()) {
      const file = path === "-" ? "-" : resolve(path);
      if (!byFile.has(file)) byFile.set(file, path);
    }
    const paths = [...byFile.values()];
    if (paths.includes("-") && byFile.has(resolve(values["stdin-filename"]))) {
      throw new UsageError(`--stdin-filename ${values["stdin-filename"]}: a file of that name is reviewed too; name standard input otherwise`);
    }
    const inputs = new Map(await Promise.all(paths.map(async (path) => [path, path === "-" ? decodeInput(Buffer.from(await io.readStdin())) : await readInput(path)] as const)));
    let files: SourceFile[] = paths.map((path) => ({ path: path === "-" ? values["stdin-filename"] : path, content: inputs.get(path)!.content }));
    const context = await contextFiles(paths);
    const buildArgs = buildArgsOf(values["build-arg"], io.env);
    const contextSize = values["context-size"];
    const size = contextSize === undefined ? undefined : { contextBytes: bytesOf(contextSize) };
    checkTarget(values.target, files);
    const review = (all: SourceFile[]) => analyze(all, { config, profile, target: values.target, buildArgs, size });
    if (values.diff) {
      const { files: fixed } = fixFiles(files, context, review, values["unsafe-fixes"]);
      // The byte-order mark the review left out is in the file: a patch whose first line lacks it does not apply.
      const withBom = (file: SourceFile, text: string) => (inputs.get(file.path)?.bom ? BOM + text : text);
      const diffs = fixed.map((file, index) => unifiedDiff(file.path, withBom(file, files[index]!.content), withBom(file, file.content))).join("");
      await print(diffs);
      return diffs === "" ? 0 : 1;
    }
    if (values.fix) {
      const fixed = fixFiles(files, context, review, values["unsafe-fixes"]);
      files = await Promise.all(fixed.files.map(async (file, index) => {
        const { bom, utf8 } = inputs.get(file.path)!;
        const count = fixed.applied.get(file.path) ?? 0;
        if (count === 0) return file;
        if (!utf8) {
          io.stderr(`shipshape: ${file.path}: not rewritten: it is not valid UTF-8, and writing it back would replace the bytes that are not (save it as UTF-8, then fix it)\n`);
          return files[index]!;
        }
        await writeOutput(io, { ...file, content: bom ? BOM + file.content : file.content });
        io.stderr(`shipshape: ${file.path}: ${count} ${count === 1 ? "fix" : "fixes"} applied\n`);
        return file;
      }));
    }
    const reviewed = review([...files, ...context]);
    const report: Report = { ...reviewed, files: reviewed.files.filter((file) => !context.some((read) => read.path === file.path)) };
    const output = {
      // no-color.org: a NO_COLOR variable that is set and not empty turns colour off.
      stylish: () => formatStylish(report, { color: io.isTty && values.output === undefined && !values["no-color"] && !io.env.NO_COLOR }),
      json: () => formatJson(report),
      markdown: () => formatMarkdown(report).trimEnd(),
      sarif: () => formatSarif(report),
      github: () => formatGithub(report),
      gitlab: () => formatGitlab(report),
      codeclimate: () => formatCodeClimate(report),
      checkstyle: () => formatCheckstyle(report),
      junit: () => formatJunit(report),
    }[format]();
    // Code Climate reads NUL-separated issues: a line break after the last would be one more, unreadable.
    await print(format === "codeclimate" ? output : `${output}\n`);
    return failingCount(report, threshold) > 0 ? 1 : 0;
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`shipshape: ${error.message}\n`);
      return 2;
    }
    io.stderr(`shipshape: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
}
