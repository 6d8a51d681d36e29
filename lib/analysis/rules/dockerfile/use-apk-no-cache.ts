import type { Command } from "../../dockerfile/commands";
import { removeCommand } from "../../dockerfile/edits";
import type { Instruction } from "../../dockerfile/model";
import { shippedRuns } from "../../dockerfile/stages";
import type { TextEdit } from "../../types";
import { defineDockerfileRule, type DockerfileRuleContext } from "../types";
import { followedBy, insertAfterWord, mayHideOptions, mountsCacheAt, removesPath } from "./package-managers";

interface Data {
  subcommand: "add" | "update";
  /** The fix's edits: `--no-cache` for an `add`; for an `update`, its removal and `--no-cache` on the RUN's installs. */
  edits: TextEdit[] | undefined;
}

const APK_CACHE = /^\/var\/cache\/apk(\/\*?)?$|^\/etc\/apk\/cache\/?$/;
const APK_CACHE_MOUNT = /^\/(var\/cache\/apk|etc\/apk\/cache)\/?$/;

/** True when an apk command downloads no index of its own and keeps none: `add --no-cache` or `--no-network`, `del`. */
const needsNoIndex = (command: Command) =>
  command.is("apk", "del") || (command.is("apk", "add") && (command.has("--no-cache") || command.has("--no-network")));

/**
 * The RUNs after which a later RUN has an apk command that reads the index an update left (one without
 * `--no-cache`): found in one backward pass, as a file may hold thousands of updates.
 */
function runsFollowedByIndexReaders(context: DockerfileRuleContext): Set<Instruction> {
  const followed = new Set<Instruction>();
  let readerLater = false;
  for (let i = context.model.instructions.length - 1; i >= 0; i--) {
    const instruction = context.model.instructions[i]!;
    if (instruction.keyword !== "RUN") continue;
    if (readerLater) followed.add(instruction);
    readerLater ||= context.commands(instruction).some((command) => command.is("apk") && !needsNoIndex(command));
  }
  return followed;
}

/**
 * Dropping `apk update` from a RUN whose other apk commands are installs, each given `--no-cache`: undefined when a
 * command could still need the index it leaves (`apk upgrade`, `apk search`, or an apk command of a later RUN that
 * does not fetch its own: `readersLater`), or an edit cannot be made plainly.
 */
function dropUpdate(context: DockerfileRuleContext, run: Instruction, commands: readonly Command[], update: Command, readersLater: boolean): TextEdit[] | undefined {
  const others = commands.filter((command) => command !== update && command.is("apk"));
  if (readersLater || others.some((command) => !command.is("apk", "add") && !command.is("apk", "del"))) return undefined;
  const removal = removeCommand(context.model, run, commands, update);
  const inserts = others.filter((command) => !needsNoIndex(command)).map((command) =>
    mayHideOptions(context, run, command) ? undefined : insertAfterWord(context, command.subcommand!, "--no-cache"));
  return removal && inserts.every(Boolean) ? [removal, ...(inserts as TextEdit[])] : undefined;
}

export default defineDockerfileRule<Data>({
  meta: {
    id: "use-apk-no-cache",
    aliases: ["DL3019", "DS-0025", "Apk Add Using Local Cache Path", "missing-apk-no-cache", "apkadd-missing_nocache_or_updaterm", "DKL-DI-0004"],
    category: "size",
    severity: "info",
    fileKind: "dockerfile",
    profiles: { hadolint: "info" },
    docs: {
      summary: "`apk` leaves its package index in `/var/cache/apk`.",
      whatItDoes:
        "Flags, in stages that ship, `apk add` without `--no-cache` and `apk update`, unless the same `RUN` later " +
        "deletes `/var/cache/apk` or mounts a cache (or tmpfs) there.",
      whyItMatters:
        "`apk add` and `apk update` download the repository indexes (a few megabytes) into `/var/cache/apk`, where " +
        "they stay in the layer. `apk add --no-cache` fetches a fresh index, uses it and keeps nothing, which also " +
        "makes `apk update` unnecessary.",
      example: "FROM alpine:3.20\nRUN apk add curl\n",
      useInstead: "FROM alpine:3.20\nRUN apk add --no-cache curl\n",
      fixSafety:
        "Safe: for `apk add`, `--no-cache` is inserted after `add`, and the same packages are installed. `apk update` " +
        "is removed, and the installs of its RUN get `--no-cache`, so each fetches the index it needs; there is no fix " +
        "when anything else could still read the index it leaves (`apk upgrade`, an install of a later RUN without " +
        "`--no-cache`), or when it sits in a heredoc, a condition or a pipeline.",
      whenNotToUse: "Stages that never ship (the rule already skips them).",
    },
  },
  check(context, report) {
    let followedByReaders: Set<Instruction> | undefined;
    for (const run of shippedRuns(context.model)) {
      const details = context.run(run);
      if (mountsCacheAt(details, APK_CACHE_MOUNT)) continue;
      const commands = details.commands;
      const cleanedLater = followedBy(commands, (later) => removesPath(later, APK_CACHE));
      const flagged = commands.filter((command, index) =>
        // `--no-network` installs from what is already on disk: nothing is downloaded or cached.
        (command.is("apk", "update") || (command.is("apk", "add") && !needsNoIndex(command))) && !mayHideOptions(context, run, command) && !cleanedLater(command, index));
      const updates = new Map<Command, TextEdit[] | undefined>();
      for (const update of flagged.filter((command) => command.is("apk", "update"))) {
        followedByReaders ??= runsFollowedByIndexReaders(context);
        updates.set(update, dropUpdate(context, run, commands, update, followedByReaders.has(run)));
      }
      // While an update keeps the index, `--no-cache` on an install saves nothing: the update's fix covers the installs.
      const installsCovered = [...updates.values()].some(Boolean);
      for (const command of flagged) {
        if (updates.has(command)) {
          report({ range: command.range, data: { subcommand: "update", edits: updates.get(command) } });
          continue;
        }
        const insert = installsCovered ? undefined : insertAfterWord(context, command.subcommand!, "--no-cache");
        report({ range: command.range, data: { subcommand: "add", edits: insert && [insert] } });
      }
    }
  },
  message: ({ subcommand }) =>
    subcommand === "add"
      ? "`apk add` without `--no-cache` keeps the package index in `/var/cache/apk`, megabytes in the layer. Add `--no-cache`."
      : "`apk update` stores the package index in `/var/cache/apk`, megabytes in the layer. Drop it and use `apk add --no-cache`, which fetches a fresh index without keeping it.",
  fix: ({ subcommand, edits }) =>
    edits && { title: subcommand === "add" ? "Add `--no-cache`" : "Remove `apk update` and install with `--no-cache`", applicability: "safe", edits },
});
