import type { DockerfileModel, Instruction } from "../../dockerfile/model";
import { hasPosixShell } from "../../dockerfile/run";
import type { Range } from "../../types";
import { defineDockerfileRule, type DockerfileRuleContext } from "../types";

interface Data {
  previousLine: number;
  /** From the end of the previous RUN to the start of this one's script, when the two can be joined. */
  join: Range | undefined;
}

function isPlainRun(instruction: Instruction): boolean {
  return instruction.keyword === "RUN" && instruction.form === "shell" && instruction.heredocs.length === 0 && instruction.argsText !== "";
}

/** The RUN's `--mount`/`--network`/`--security` flags as written, for comparing two RUNs. */
function flagsText(model: DockerfileModel, run: Instruction): string {
  return run.flags.map((flag) => model.text.slice(flag.start, flag.end)).join(" ");
}

/**
 * Whether ` \ && <next script>` can follow the RUN's script: a POSIX shell, `\` as the escape character, and a script
 * that ends with a command (not `;`, `&`, `|` or a comment, after which `&&` would be a syntax error or commented out).
 */
function joinable(model: DockerfileModel, run: Instruction): boolean {
  return model.escape === "\\" && hasPosixShell(run) && !/([;&|]|#.*)\s*$/.test(run.argsText.replace(/\\\r?\n/g, " "));
}

/**
 * Whether the script is one `&&` chain that `previous && …` would keep as it is: a `;`, `||` or `&` at its top would
 * bind to the joined list (`a && b || true` swallows a's failure; `a && b &` sends both to the background).
 * Operators inside quotes count too: such a script is simply not joined.
 */
function isAndChain(run: Instruction): boolean {
  return !/;|\|\||&|\n/.test(run.argsText.replace(/\\\r?\n/g, " ").replace(/&&|[<>]&/g, "  "));
}

/** Builtins whose effect outlives their command: after a join, the second script would run in the state they leave. */
const STATEFUL = new Set(["cd", "pushd", "popd", "export", "unset", "set", "source", ".", "umask", "shopt", "alias", "ulimit"]);

/** Whether the script changes the shell's state for what follows it (a top-level `cd /tmp`, not one in `( … )`). */
function leavesShellState(context: DockerfileRuleContext, run: Instruction): boolean {
  return context.commands(run).some((command) => command.origin === "run" && command.context.length === 0 && STATEFUL.has(command.program ?? ""));
}

export default defineDockerfileRule<Data>({
  meta: {
    id: "no-consecutive-run",
    aliases: ["DL3059", "Multiple RUN, ADD, COPY, Instructions Listed"],
    category: "size",
    severity: "info",
    fileKind: "dockerfile",
    profiles: { recommended: "off", hadolint: "info" },
    docs: {
      summary: "Consecutive `RUN` instructions could be one.",
      whatItDoes:
        "Flags a `RUN` that directly follows another `RUN` with the same flags in a stage that ships (comments between " +
        "them do not break the sequence). Off by default.",
      whyItMatters:
        "Each `RUN` is a layer: files a later layer deletes still ship in the earlier one, and many small layers pull " +
        "more slowly. The trade-off: separate `RUN`s cache separately, which speeds up rebuilds while you iterate, and " +
        "builder stages never ship, so they are not flagged at all.",
      example: "FROM debian:12-slim\nRUN apt-get update\nRUN apt-get install -y --no-install-recommends curl\n",
      useInstead: "FROM debian:12-slim\nRUN apt-get update \\\n && apt-get install -y --no-install-recommends curl\n",
      fixSafety:
        "Joining with `&&` is offered as unsafe: the cache boundary between them disappears. Not offered when the first " +
        "script changes the shell's state for what follows (a `cd`, `export` or `set` outside a subshell, which would " +
        "then apply to the second script too), when comments sit in between, when the first script ends with `;`, `&`, " +
        "`|` or a comment, or under another escape character or a non-POSIX `SHELL`.",
      whenNotToUse: "Off by default: fewer layers is a trade-off, not a rule. Leave it off while you iterate on a Dockerfile and value fast rebuilds over layer count.",
    },
  },
  check(context, report) {
    const { model } = context;
    for (const stage of model.stages) {
      if (!stage.ships) continue;
      const instructions = stage.instructions;
      for (let index = 1; index < instructions.length; index++) {
        const previous = instructions[index - 1]!;
        const current = instructions[index]!;
        if (!isPlainRun(previous) || !isPlainRun(current) || flagsText(model, previous) !== flagsText(model, current)) continue;
        const adjacent = current.range.start.line === previous.range.end.line + 1 && current.flags.length === 0 && joinable(model, previous) && isAndChain(current) && !leavesShellState(context, previous);
        report({
          range: current.keywordWord.range,
          data: { previousLine: previous.range.start.line, join: adjacent ? model.rangeOf(previous.end, current.map.toFile(current.argsOffset)) : undefined },
        });
      }
    }
  },
  message: ({ previousLine }) =>
    `This \`RUN\` directly follows the one on line ${previousLine}, adding a layer to the shipped image. Join them with \`&&\` if they belong together.`,
  fix: ({ join }) => join && { title: "Join with the previous RUN", applicability: "unsafe", edits: [{ range: join, text: " \\\n && " }] },
});
