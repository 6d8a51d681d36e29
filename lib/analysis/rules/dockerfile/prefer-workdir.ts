import type { Command } from "../../dockerfile/commands";
import { endOfArguments } from "../../dockerfile/edits";
import type { Instruction } from "../../dockerfile/model";
import type { DockerfileRuleContext } from "../types";
import { defineDockerfileRule } from "../types";

interface Data {
  directory: string;
  /** "last": nothing after the `cd` uses it; "repeated": several RUNs of the stage start with the same `cd`. */
  reason: "last" | "repeated";
  count: number;
  /** The RUN, when it is only this `cd` (it can then become a `WORKDIR`). */
  onlyCd: Instruction | undefined;
}

/** A `cd <dir>` run by the RUN's own shell (not in a subshell, a function or `sh -c`), with its directory resolved. */
function topLevelCd(context: DockerfileRuleContext, run: Instruction, command: Command): string | undefined {
  if (!command.is("cd") || command.context.length > 0 || command.origin === "sh-c" || command.wrappers.length > 0) return undefined;
  const target = command.operands[0];
  if (!target || command.operands.length > 1 || target.value === "-") return undefined;
  return context.resolve(target.value, run);
}

export default defineDockerfileRule<Data>({
  meta: {
    id: "prefer-workdir",
    aliases: ["DL3003", "DS-0013", "RUN Instruction Using 'cd' Instead of WORKDIR", "use-workdir"],
    category: "maintainability",
    severity: "warning",
    fileKind: "dockerfile",
    profiles: { hadolint: "warning" },
    docs: {
      summary: "`cd` in a `RUN` where `WORKDIR` is meant.",
      whatItDoes:
        "Flags a `cd` that is the last command of its `RUN` (it changes nothing: the next instruction starts in the " +
        "`WORKDIR` again), and a `cd` to the same directory that starts several `RUN`s of a stage. Unlike hadolint, a " +
        "`cd` followed by the commands that need it (building in a temporary directory), in a subshell, or in `sh -c` is fine.",
      whyItMatters:
        "Each `RUN` starts a new shell in the stage's `WORKDIR`, so a `cd` never carries over. A trailing `cd` is a bug " +
        "waiting for the next instruction, and the same `cd` repeated in every step is what `WORKDIR` is for; it also " +
        "sets the directory for `COPY`, `CMD` and `ENTRYPOINT`.",
      example: "FROM node:22-slim\nRUN mkdir -p /app && cd /app\nCOPY . .\n",
      useInstead: "FROM node:22-slim\nWORKDIR /app\nCOPY . .\n",
      fixSafety:
        "A `RUN` that is only `cd <dir>` can be replaced by `WORKDIR <dir>`. The fix is unsafe: later instructions, " +
        "`CMD` and `ENTRYPOINT` then run in that directory (as was probably intended).",
      whenNotToUse: "Stages where the directory really must change for one step only; write the `cd` before the commands that need it.",
    },
  },
  check(context, report) {
    for (const stage of context.model.stages) {
      const leading: { command: Command; directory: string }[] = [];
      for (const run of stage.instructions) {
        if (run.keyword !== "RUN") continue;
        const commands = context.commands(run).filter((command) => command.program !== undefined && command.context.length === 0 && command.origin !== "sh-c");
        const first = commands[0];
        const firstDirectory = first && topLevelCd(context, run, first);
        if (firstDirectory !== undefined && commands.length > 1) leading.push({ command: first!, directory: firstDirectory });
        const last = commands.at(-1);
        const lastDirectory = last && topLevelCd(context, run, last);
        if (lastDirectory === undefined) continue;
        const onlyCd = commands.length === 1 && run.heredocs.length === 0 && last!.end === endOfArguments(context.model, run) ? run : undefined;
        report({ range: last!.range, data: { directory: lastDirectory, reason: "last", count: 1, onlyCd } });
      }
      const byDirectory = new Map<string, Command[]>();
      for (const { command, directory } of leading) byDirectory.set(directory, [...(byDirectory.get(directory) ?? []), command]);
      for (const [directory, entries] of byDirectory) {
        if (entries.length < 2) continue;
        for (const command of entries) report({ range: command.range, data: { directory, reason: "repeated", count: entries.length, onlyCd: undefined } });
      }
    }
  },
  message: ({ directory, reason, count }) =>
    reason === "last"
      ? `\`cd ${directory}\` ends this \`RUN\`, so it changes nothing: the next instruction starts in the \`WORKDIR\` again. Use \`WORKDIR ${directory}\` instead.`
      : `${count} \`RUN\`s of this stage start with \`cd ${directory}\`: set \`WORKDIR ${directory}\` once before them and drop the \`cd\`s.`,
  fix: ({ directory, onlyCd }, { model }) =>
    onlyCd && {
      title: `Replace this RUN with WORKDIR ${directory}`,
      applicability: "unsafe",
      edits: [{ range: model.rangeOf(onlyCd.start, endOfArguments(model, onlyCd)), text: `WORKDIR ${directory}` }],
    },
});
