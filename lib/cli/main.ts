import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { parse as parseYaml } from "yaml";
import { analyze, DEFAULT_FAILURE_THRESHOLD, ENGINE_VERSION, SEVERITIES, type Config, type Report, type Severity } from "../analysis";
import { formatJson } from "../analysis/format/json";
import { formatStylish } from "../analysis/format/stylish";
import { parseConfig } from "./config";

const USAGE = `Usage: shipshape [options] <file…|->

Reviews Dockerfiles, compose files and .dockerignore files against container best practices.
Files given together are judged together (a compose build against its Dockerfile and .dockerignore).

Options:
  -f, --format <stylish|json>   output format (default: stylish)
  -c, --config <file>           configuration file (YAML or JSON)
      --failure-threshold <s>   fail on findings at or above: error, warning, info, style (default: ${DEFAULT_FAILURE_THRESHOLD})
      --stdin-filename <name>   the name to give to input read from "-" (default: Dockerfile)
      --no-color                plain output
  -h, --help                    show this help
  -v, --version                 show the version

Exit codes: 0 no finding at or above the threshold, 1 findings, 2 usage or I/O error.`;

/** A problem with how the CLI was called or with its input: reported in one line, exit code 2. */
class UsageError extends Error {}

interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  readStdin: () => Promise<string>;
  isTty: boolean;
}

const defaultIo: Io = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readStdin: async () => {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString("utf8");
  },
  isTty: Boolean(process.stdout.isTTY),
};

function parseCli(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: "string", short: "f", default: "stylish" },
        config: { type: "string", short: "c" },
        "failure-threshold": { type: "string" },
        "stdin-filename": { type: "string", default: "Dockerfile" },
        "no-color": { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false },
        version: { type: "boolean", short: "v", default: false },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

function asSeverity(value: string, what: string): Severity {
  if ((SEVERITIES as readonly string[]).includes(value)) return value as Severity;
  throw new UsageError(`${what} must be one of ${SEVERITIES.join(", ")}, not "${value}"`);
}

async function readInput(path: string): Promise<string> {
  try {
    return await readFile(path, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(code === "ENOENT" ? `${path}: no such file` : code === "EISDIR" ? `${path}: is a directory` : `${path}: cannot be read (${code ?? "error"})`);
  }
}

async function loadConfig(path: string | undefined): Promise<Config> {
  if (!path) return {};
  const text = await readInput(path);
  try {
    return parseConfig(parseYaml(text) ?? {});
  } catch (error) {
    // yaml's messages carry a code frame after the first line; the CLI reports one line.
    throw new UsageError(`${path}: ${(error as Error).message.split("\n")[0]}`);
  }
}

function failingCount(report: Report, threshold: Severity): number {
  const limit = SEVERITIES.indexOf(threshold);
  return report.files.flatMap((file) => file.findings).filter((finding) => SEVERITIES.indexOf(finding.severity) <= limit).length;
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
    if (values.format !== "stylish" && values.format !== "json") throw new UsageError(`unknown format "${values.format}" (use stylish or json)`);
    if (positionals.length === 0) throw new UsageError("no input files (pass a path, or - for standard input); see --help");
    const config = await loadConfig(values.config);
    const threshold = values["failure-threshold"]
      ? asSeverity(values["failure-threshold"], "--failure-threshold")
      : config.failureThreshold ?? DEFAULT_FAILURE_THRESHOLD;
    const files = await Promise.all(positionals.map(async (path) =>
      path === "-" ? { path: values["stdin-filename"], content: await io.readStdin() } : { path, content: await readInput(path) }));
    const report = analyze(files, { config });
    io.stdout(`${values.format === "json" ? formatJson(report) : formatStylish(report, { color: io.isTty && !values["no-color"] })}\n`);
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
