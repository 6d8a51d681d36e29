import { isAptInstall, type Command } from "../../dockerfile/commands";
import type { Instruction, Stage } from "../../dockerfile/model";
import type { TextEdit } from "../../types";
import { defineDockerfileRule, type DockerfileRuleContext } from "../types";
import { appendToRun } from "./package-managers";

interface Data {
  /** The command that leaves the lists, as written: `apt-get install`, `apt update`… */
  command: string;
  /** The edit appending the cleanup, or undefined when nothing can be appended to the RUN (`appendToRun`). */
  append: TextEdit | undefined;
  /** A later RUN in the stage installs packages without `apt-get update`, so deleting the lists breaks it. */
  laterInstallNeedsLists: boolean;
}

/** `rm` operands that delete the lists: the directory, its content, or its parent `/var/lib/apt` (or its content). */
const APT_LISTS = /^\/var\/lib\/apt(\/lists)?(\/\*?)?$/;
const APT_LISTS_CACHE = /^\/var\/lib\/apt(\/lists)?\/?$/;
const CLEANUP = " && rm -rf /var/lib/apt/lists/*";

const isAptUpdate = (command: Command) => command.is("apt-get", "update") || command.is("apt", "update");
/** `rm` of the lists, or `apt-get dist-clean` (apt 2.7 and later: Debian trixie, Ubuntu 24.04), which deletes them too. */
const removesAptLists = (command: Command) =>
  (command.is("rm") && command.operands.some((operand) => APT_LISTS.test(operand.value))) || command.is("apt-get", "dist-clean") || command.is("apt", "dist-clean");

function installsWithoutUpdate(context: DockerfileRuleContext, run: Instruction): boolean {
  const commands = context.commands(run);
  return commands.some(isAptInstall) && !commands.some(isAptUpdate);
}

export default defineDockerfileRule<Data>({
  meta: {
    id: "no-apt-lists-left",
    aliases: ["DL3009"],
    category: "size",
    severity: "info",
    fileKind: "dockerfile",
    profiles: { hadolint: "info" },
    docs: {
      summary: "apt package lists are left in the image.",
      whatItDoes:
        "Flags a `RUN` in a stage that ships that runs `apt-get update` but does not delete `/var/lib/apt/lists` " +
        "in the same instruction (with `rm`, or `apt-get dist-clean` on apt 2.7 and later), and does not keep the lists in a " +
        "cache mount. A `RUN` that installs without its own update is not flagged: its lists were written by an " +
        "earlier layer, and deleting them there would not make the image smaller.",
      whyItMatters:
        "`apt-get update` downloads package indexes of tens of megabytes. Left in the layer, they ship with every " +
        "pull of the image and are stale by the next build anyway. Deleting them in a later `RUN` does not help: " +
        "the earlier layer still contains them.",
      example: "FROM debian:bookworm-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl\n",
      useInstead:
        "FROM debian:bookworm-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*\n",
      fixSafety:
        "Safe. It is offered only when no later `RUN` of the stage, nor of a stage built on it, installs packages " +
        "without its own `apt-get update`: that install would no longer find any package, so then the finding asks " +
        "to move it into this `RUN` first.",
      whenNotToUse: "Builder stages that never ship (this rule already skips them).",
    },
  },
  check(context, report) {
    // Stages built FROM a stage start with its files: an install there without its own update needs its lists too.
    const needsLists = (stage: Stage) => stage.instructions.some((run) => run.keyword === "RUN" && installsWithoutUpdate(context, run));
    const descendantNeedsLists = new Map<Stage, boolean>();
    for (const stage of [...context.model.stages].reverse()) {
      const parent = stage.base.stage;
      if (parent && (needsLists(stage) || descendantNeedsLists.get(stage))) descendantNeedsLists.set(parent, true);
    }
    for (const stage of context.model.stages) {
      if (!stage.ships) continue;
      // Where the stage's last install without its own `apt-get update` stands: one look per RUN, not one per pair.
      const lastNeedingLists = stage.instructions.findLastIndex((later) => later.keyword === "RUN" && installsWithoutUpdate(context, later));
      for (const [position, run] of stage.instructions.entries()) {
        if (run.keyword !== "RUN" || run.form !== "shell") continue;
        const details = context.run(run);
        if (details.mounts.some((mount) => mount.type === "cache" && APT_LISTS_CACHE.test(mount.target ?? ""))) continue;
        const update = details.commands.find(isAptUpdate);
        if (!update || details.commands.some(removesAptLists)) continue;
        // The install is what the layer is for, so the finding points there when the RUN has one.
        const culprit = details.commands.find(isAptInstall) ?? update;
        report({
          range: culprit.range,
          data: {
            command: `${culprit.program ?? "apt-get"} ${culprit === update ? "update" : "install"}`,
            append: appendToRun(context, run, CLEANUP),
            laterInstallNeedsLists: lastNeedingLists > position || (descendantNeedsLists.get(stage) ?? false),
          },
        });
      }
    }
  },
  message: ({ command, laterInstallNeedsLists }) =>
    `This \`${command}\` leaves the package lists in \`/var/lib/apt/lists\`, adding megabytes to the layer. ` +
    (laterInstallNeedsLists
      ? "A later `RUN` installs packages from these lists, so deleting them here would break it: move that install into this `RUN`, then end it with `&& rm -rf /var/lib/apt/lists/*`."
      : "End the same `RUN` with `&& rm -rf /var/lib/apt/lists/*`."),
  fix: ({ append, laterInstallNeedsLists }) =>
    append && !laterInstallNeedsLists ? { title: "Remove the apt lists at the end of this RUN", applicability: "safe", edits: [append] } : undefined,
});
