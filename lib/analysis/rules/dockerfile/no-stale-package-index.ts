import type { Command } from "../../dockerfile/commands";
import { removeInstruction } from "../../dockerfile/edits";
import type { Instruction, Stage } from "../../dockerfile/model";
import type { TextEdit } from "../../types";
import { defineDockerfileRule, type DockerfileRuleContext } from "../types";
import { mayHideOptions, mountsCacheAt } from "./package-managers";

type Data =
  | { kind: "alone"; update: string; together: string; edits: TextEdit[] | undefined }
  | { kind: "stale"; install: string; update: string; together: string; line: number };

interface IndexedManager {
  programs: ReadonlySet<string>;
  /** Subcommands that read the package index (canonical names from specs.ts). */
  readers: ReadonlySet<string>;
  /** A reader that fetches a fresh index itself (`apk add --no-cache`, `apk add -U`). */
  refreshes(command: Command): boolean;
  /** Where the index is kept: a RUN that mounts a cache there reads the index from the mount, not from a layer. */
  indexMount: RegExp;
  /** What to write instead, given the update as written: an update with the install, or an install that fetches its own. */
  together(update: string): string;
}

/** The last RUN that updated a manager's index, the update, and whether it was alone (installed nothing after it). */
interface LastUpdate {
  run: Instruction;
  command: Command;
  alone: boolean;
}

/** The managers whose index is a separate download kept on disk; yum, dnf and zypper refresh expired metadata themselves. */
const MANAGERS: IndexedManager[] = [
  {
    programs: new Set(["apt-get", "apt"]),
    readers: new Set(["install", "upgrade", "dist-upgrade", "build-dep", "source", "download", "satisfy"]),
    refreshes: (command) => command.has("--update"),
    indexMount: /^\/var\/lib\/apt(\/lists)?\/?$/,
    together: (update) => `Run \`${update} && …install…\` in one \`RUN\``,
  },
  {
    programs: new Set(["apk"]),
    readers: new Set(["add", "upgrade", "fix"]),
    refreshes: (command) => command.has("--no-cache") || command.has("-U") || command.has("--update"),
    indexMount: /^\/(var\/cache\/apk|etc\/apk\/cache)\/?$/,
    // As use-apk-no-cache advises: `--no-cache` fetches a fresh index for the install and leaves none in the layer.
    together: () => "Install with `apk add --no-cache`, which fetches a fresh index in its own `RUN` and keeps none",
  },
];

const managerOf = (command: Command) => MANAGERS.find((manager) => manager.programs.has(command.program ?? ""));
const isUpdate = (command: Command, manager: IndexedManager) => manager.programs.has(command.program ?? "") && command.subcommandName === "update";
const isReader = (command: Command, manager: IndexedManager) =>
  manager.programs.has(command.program ?? "") && manager.readers.has(command.subcommandName ?? "");

/**
 * The fix for an update alone in its RUN: when that RUN is only the update, written on one line, and the next
 * instruction is a RUN starting with a reader of the same manager, move the update to the front of that RUN.
 */
function moveIntoNextRun(context: DockerfileRuleContext, run: Instruction, update: Command, manager: IndexedManager): TextEdit[] | undefined {
  const commands = context.commands(run);
  const next = context.model.instructions[run.index + 1];
  if (commands.length !== 1 || update.origin !== "run" || next?.keyword !== "RUN" || next.stage !== run.stage || next.form !== "shell") return undefined;
  const nextCommands = context.commands(next);
  const first = nextCommands[0];
  const text = context.model.text.slice(update.start, update.end);
  if (!first || first.origin !== "run" || !isReader(first, manager) || /[\\\n]/.test(text)) return undefined;
  // The update would lose its own `--mount`/`--network` flags, and after `update && …`, a `||` in the next RUN
  // would swallow a failed update.
  if (run.flags.length > 0 || nextCommands.some((command) => command.after === "||" && command.context.length === 0)) return undefined;
  const removal = removeInstruction(context.model, run);
  const removedUntil = context.model.lines.offsetAt(removal.range.end);
  // The next RUN starts right where the removed one ends (the usual case): one edit from the update to the next RUN's
  // command, which editors undo as one piece; with comment lines in between, two edits keep those lines.
  if (removedUntil === next.start) {
    const prefix = context.model.text.slice(next.start, first.start);
    return [{ range: { start: removal.range.start, end: first.range.start }, text: `${prefix}${text} && ` }];
  }
  return [removal, { range: context.model.rangeOf(first.start, first.start), text: `${text} && ` }];
}

export default defineDockerfileRule<Data>({
  meta: {
    id: "no-stale-package-index",
    aliases: ["DS-0017", "CKV_DOCKER_5", "Update Instruction Alone", "Upgrade Instruction Alone", "apt-get-update_require_install", "CIS-DI-0007"],
    category: "reliability",
    severity: "warning",
    fileKind: "dockerfile",
    docs: {
      summary: "The package index is updated in one `RUN` and used in another.",
      whatItDoes:
        "Flags `apt-get update` (`apt update`, `apk update`) in a `RUN` that installs nothing with it, and an install " +
        "in a `RUN` without its own update when it relies on the index an earlier `RUN` of the stage (or its parents) " +
        "downloaded (the `RUN` right after an update alone is covered by that update's finding). `apk add --no-cache` " +
        "and `apk add -U` fetch their own index, and an index kept in a cache mount is not a layer: both are fine.",
      whyItMatters:
        "Docker caches each `RUN` as a layer. When only the install line changes, the build reuses the cached index " +
        "layer, which may be weeks old: the install then asks the mirror for package versions that are gone (404, " +
        "\"Unable to locate package\"), or silently installs outdated ones. Updating and installing in the same `RUN` " +
        "keeps the two together in one cache entry.",
      example: "FROM debian:12-slim\nRUN apt-get update\nRUN apt-get install -y --no-install-recommends curl\n",
      useInstead: "FROM debian:12-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl\n",
      fixSafety:
        "Safe: when the update is the whole `RUN` and the next instruction is a `RUN` that starts with an install of " +
        "the same manager, the update moves to the front of that `RUN` (one layer fewer, same commands). Otherwise no " +
        "fix, nor when the update's `RUN` has flags of its own (`--mount`, `--network`) or the next `RUN` has a `||` " +
        "that would swallow a failed update.",
      whenNotToUse:
        "Base images meant to be extended, whose last step refreshes the index on purpose so that children can install " +
        "without an update: document it and suppress the finding there.",
    },
  },
  check(context, report) {
    const { instructions } = context.model;
    const positions = new Map(instructions.map((instruction, index) => [instruction, index]));
    /** Per stage, what its last update per manager was at its end: a stage built on it starts from there. */
    const atEnd = new Map<Stage, Map<IndexedManager, LastUpdate>>();
    for (const stage of context.model.stages) {
      // Per manager, the last RUN (of the stage or its parents) that updated the index, and whether it installed too.
      const lastUpdate = new Map(stage.base.stage ? atEnd.get(stage.base.stage) : undefined);
      atEnd.set(stage, lastUpdate);
      for (const run of stage.instructions) {
        if (run.keyword !== "RUN") continue;
        const details = context.run(run);
        const commands = details.commands;
        if (!commands.some((command) => managerOf(command))) continue;
        for (const manager of MANAGERS) {
          const indexInMount = mountsCacheAt(details, manager.indexMount);
          const updateAt = commands.findIndex((command) => isUpdate(command, manager));
          const lastUpdateAt = commands.findLastIndex((command) => isUpdate(command, manager));
          const source = lastUpdate.get(manager);
          const stale = commands.find((command, index) =>
            (updateAt < 0 || index < updateAt) && isReader(command, manager) && !manager.refreshes(command) && !mayHideOptions(context, run, command));
          // Right after an update alone, the finding at that update says it all (and its fix merges the two).
          const reported = source?.alone && instructions[positions.get(run)! - 1] === source.run;
          if (stale && source && !reported && !indexInMount) {
            const line = source.run.range.start.line;
            const update = `${source.command.program} update`;
            report({ range: stale.range, data: { kind: "stale", install: `${stale.program} ${stale.subcommand!.value}`, update, together: manager.together(update), line } });
          }
          if (lastUpdateAt < 0) continue;
          const update = commands[lastUpdateAt]!;
          const alone = !commands.slice(lastUpdateAt + 1).some((command) => isReader(command, manager));
          if (!indexInMount) lastUpdate.set(manager, { run, command: update, alone });
          if (alone) {
            const written = `${update.program} update`;
            report({ range: update.range, data: { kind: "alone", update: written, together: manager.together(written), edits: moveIntoNextRun(context, run, update, manager) } });
          }
        }
      }
    }
  },
  message: (data) =>
    data.kind === "alone"
      ? `\`${data.update}\` installs nothing in this \`RUN\`: its layer is cached and reused by later builds, so the installs of later \`RUN\`s read a stale index. ${data.together}.`
      : `\`${data.install}\` has no \`${data.update}\` in its own \`RUN\`: it relies on the index the layer of line ${data.line} downloaded, which the build cache keeps stale (or a cleanup has removed). ${data.together}.`,
  fix: (data) =>
    data.kind === "alone" && data.edits ? { title: "Move the update into the next RUN", applicability: "safe", edits: data.edits } : undefined,
});
