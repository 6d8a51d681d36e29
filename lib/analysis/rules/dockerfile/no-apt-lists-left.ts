import type { Instruction, Run } from "dockerfile-ast";
import { toRange, type Stage } from "../../dockerfile/model";
import { programWords, simpleCommands, type SimpleCommand } from "../../dockerfile/words";
import type { Position, Range } from "../../types";
import { defineDockerfileRule } from "../types";

interface Data {
  /** Where the cleanup can be appended, or undefined when the RUN's end is not a plain word. */
  appendAt: Position | undefined;
  /** A later RUN in the stage installs packages without `apt-get update`, so deleting the lists breaks it. */
  laterInstallNeedsLists: boolean;
}

const APT_LISTS = /^\/var\/lib\/apt\/lists(\/\*?)?$/;

function isAptCommand(command: SimpleCommand, subcommand: string): boolean {
  const words = programWords(command).map((word) => word.value);
  return (words[0] === "apt-get" || words[0] === "apt") && words.slice(1).some((word) => word === subcommand);
}

function removesAptLists(command: SimpleCommand): boolean {
  const words = programWords(command).map((word) => word.value);
  return words[0] === "rm" && words.slice(1).some((word) => APT_LISTS.test(word));
}

/** A `--mount=type=cache` on the lists keeps them out of the layer altogether. */
function cachesAptLists(run: Instruction): boolean {
  return (run as Run).getFlags().some((flag) =>
    flag.getName() === "mount" && /(^|,)(target|dst|destination)=\/var\/lib\/apt(\/lists)?\/?(,|$)/.test(flag.getValue() ?? ""));
}

function isShellFormRun(instruction: Instruction): boolean {
  return instruction.getKeyword() === "RUN" && !(instruction.getArgumentsContent() ?? "").trimStart().startsWith("[");
}

function hasHeredoc(instruction: Instruction): boolean {
  return /<<-?\s*["']?[A-Za-z_]/.test(instruction.getArgumentsContent() ?? "");
}

function installsWithoutUpdate(run: Instruction): boolean {
  const commands = simpleCommands(run);
  return commands.some((command) => isAptCommand(command, "install")) &&
    !commands.some((command) => isAptCommand(command, "update"));
}

function laterInstallNeedsLists(stage: Stage, run: Instruction): boolean {
  const position = stage.instructions.indexOf(run);
  return stage.instructions.slice(position + 1).some((later) => isShellFormRun(later) && installsWithoutUpdate(later));
}

export default defineDockerfileRule<Data>({
  meta: {
    id: "no-apt-lists-left",
    aliases: ["DL3009"],
    category: "size",
    severity: "info",
    fileKind: "dockerfile",
    docs: {
      summary: "apt package lists are left in the image.",
      whatItDoes:
        "Flags a `RUN` in the shipped stage that runs `apt-get install` but does not delete `/var/lib/apt/lists` " +
        "in the same instruction (and does not keep the lists in a cache mount).",
      whyItMatters:
        "`apt-get update` downloads package indexes of tens of megabytes. Left in the layer, they ship with every " +
        "pull of the image and are stale by the next build anyway. Deleting them in a later `RUN` does not help: " +
        "the earlier layer still contains them.",
      example: "FROM debian:bookworm-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl\n",
      useInstead:
        "FROM debian:bookworm-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*\n",
      fixSafety:
        "Safe when no later `RUN` of the stage installs packages without its own `apt-get update`; otherwise the fix " +
        "is offered as unsafe, because that later install would no longer find any package.",
      whenNotToUse: "Builder stages that never ship (this rule already skips them).",
    },
  },
  *check({ model }) {
    const stage = model.finalStage;
    if (!stage) return;
    for (const run of stage.instructions) {
      if (!isShellFormRun(run) || hasHeredoc(run) || cachesAptLists(run)) continue;
      const commands = simpleCommands(run);
      const install = commands.find((command) => isAptCommand(command, "install"));
      if (!install || commands.some(removesAptLists)) continue;
      const lastArgument = run.getArguments().at(-1);
      const lastValue = lastArgument?.getValue();
      const appendAt = lastArgument && lastValue && !["&", "|", "&&", "||", ";", "\\"].includes(lastValue)
        ? toRange(lastArgument.getRange()).end
        : undefined;
      const range: Range = install.range;
      yield { range, data: { appendAt, laterInstallNeedsLists: laterInstallNeedsLists(stage, run) } };
    }
  },
  message: () =>
    "This `apt-get install` leaves the package lists in `/var/lib/apt/lists`, adding megabytes to the layer. End the same `RUN` with `&& rm -rf /var/lib/apt/lists/*`.",
  fix: ({ appendAt, laterInstallNeedsLists }) =>
    appendAt && {
      title: "Remove the apt lists at the end of this RUN",
      applicability: laterInstallNeedsLists ? "unsafe" : "safe",
      edits: [{ range: { start: appendAt, end: appendAt }, text: " && rm -rf /var/lib/apt/lists/*" }],
    },
});
