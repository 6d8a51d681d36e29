import type { Command } from "../../dockerfile/commands";
import { shippedRuns } from "../../dockerfile/stages";
import type { TextEdit } from "../../types";
import { defineDockerfileRule } from "../types";
import { followedBy, insertAfterWord, mayHideOptions, mountsCacheAt, removesPath } from "./package-managers";

interface Data {
  subcommand: "add" | "update";
  insert: TextEdit | undefined;
}

const APK_CACHE = /^\/var\/cache\/apk(\/\*?)?$|^\/etc\/apk\/cache\/?$/;
const APK_CACHE_MOUNT = /^\/(var\/cache\/apk|etc\/apk\/cache)\/?$/;

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
        "Safe for `apk add`: `--no-cache` is inserted after `add`, and the same packages are installed. `apk update` " +
        "gets no fix: remove it yourself once the installs use `--no-cache`.",
      whenNotToUse: "Stages that never ship (the rule already skips them).",
    },
  },
  check(context, report) {
    for (const run of shippedRuns(context.model)) {
      const details = context.run(run);
      if (mountsCacheAt(details, APK_CACHE_MOUNT)) continue;
      const commands = details.commands;
      const cleanedLater = followedBy(commands, (later) => removesPath(later, APK_CACHE));
      commands.forEach((command, index) => {
        const subcommand = command.is("apk", "add") ? "add" : command.is("apk", "update") ? "update" : undefined;
        // `--no-network` installs from what is already on disk: nothing is downloaded or cached.
        if (!subcommand || (subcommand === "add" && (command.has("--no-cache") || command.has("--no-network")))) return;
        if (mayHideOptions(context, run, command) || cleanedLater(command, index)) return;
        const insert = subcommand === "add" ? insertAfterWord(context, command.subcommand!, "--no-cache") : undefined;
        report({ range: command.range, data: { subcommand, insert } });
      });
    }
  },
  message: ({ subcommand }) =>
    subcommand === "add"
      ? "`apk add` without `--no-cache` keeps the package index in `/var/cache/apk`, megabytes in the layer. Add `--no-cache`."
      : "`apk update` stores the package index in `/var/cache/apk`, megabytes in the layer. Drop it and use `apk add --no-cache`, which fetches a fresh index without keeping it.",
  fix: ({ insert }) => insert && { title: "Add `--no-cache`", applicability: "safe", edits: [insert] },
});
