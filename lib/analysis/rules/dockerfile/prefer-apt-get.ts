import type { Applicability } from "../../types";
import { defineDockerfileRule } from "../types";
import type { CommandWord } from "../../dockerfile/commands";
import { lookupTable } from "../../lookup";

interface Data {
  subcommand: string | undefined;
  /** The stable tool that does the same: `apt-get` or `apt-cache`; undefined when there is none. */
  replacement: string | undefined;
  word: CommandWord;
  plain: boolean;
}

/** apt subcommands and the script-stable tool that has the same one. */
const REPLACEMENTS = lookupTable<string>({
  "install": "apt-get", "update": "apt-get", "upgrade": "apt-get", "dist-upgrade": "apt-get", "remove": "apt-get", "purge": "apt-get",
  "autoremove": "apt-get", "clean": "apt-get", "autoclean": "apt-get", "source": "apt-get", "build-dep": "apt-get",
  "download": "apt-get", "check": "apt-get", "satisfy": "apt-get", "changelog": "apt-get",
  "search": "apt-cache", "show": "apt-cache", "policy": "apt-cache",
});
/**
 * `apt upgrade` may install new packages to satisfy dependencies, `apt-get upgrade` never does: the swap changes
 * what the step does. (`full-upgrade` has no documented apt-get spelling, so it is not replaced.)
 */
const DIFFERENT_BEHAVIOUR = new Set(["upgrade"]);

export default defineDockerfileRule<Data>({
  meta: {
    id: "prefer-apt-get",
    aliases: ["DL3027", "CKV_DOCKER_9", "Run Using apt"],
    category: "maintainability",
    severity: "info",
    fileKind: "dockerfile",
    profiles: { hadolint: "warning" },
    docs: {
      summary: "`apt` is used in a `RUN` instead of `apt-get` or `apt-cache`.",
      whatItDoes: "Flags the `apt` program in `RUN` commands (also in `sh -c` scripts and heredocs, not in `echo apt` or package names).",
      whyItMatters:
        "`apt` is the interactive front end: it warns \"apt does not have a stable CLI interface. Use with caution in " +
        "scripts\", and its output and defaults may change between releases. `apt-get` and `apt-cache` keep a stable " +
        "interface for scripts such as a Dockerfile.",
      example: "FROM ubuntu:24.04\nRUN apt update && apt install -y --no-install-recommends curl\n",
      useInstead: "FROM ubuntu:24.04\nRUN apt-get update && apt-get install -y --no-install-recommends curl\n",
      fixSafety:
        "Replaces `apt` with `apt-get` (or `apt-cache` for `search`, `show`, `policy`). Safe, except for `apt upgrade`, " +
        "which may install new dependencies where `apt-get upgrade` holds them back (unsafe). `apt list`, " +
        "`apt full-upgrade` and `apt edit-sources` get no fix.",
      whenNotToUse: "Interactive development images whose scripts are never run unattended; the difference is mostly the stability promise.",
    },
  },
  check(context, report) {
    for (const run of context.model.instructions) {
      if (run.keyword !== "RUN") continue;
      for (const command of context.commands(run)) {
        const word = command.programWord;
        if (!command.is("apt") || !word) continue;
        const subcommand = command.subcommandName;
        const plain = word.value === "apt" && word.raw === "apt" && context.model.text.slice(word.start, word.end) === "apt";
        report({ range: word.range, data: { subcommand, replacement: subcommand && REPLACEMENTS[subcommand], word, plain } });
      }
    }
  },
  message: ({ subcommand, replacement }) =>
    replacement
      ? `\`apt ${subcommand}\`: \`apt\` is the interactive front end, without a stable interface for scripts. Use \`${replacement} ${subcommand}\`.`
      : `\`apt${subcommand ? ` ${subcommand}` : ""}\`: \`apt\` is the interactive front end, without a stable interface for scripts. Use \`apt-get\`, \`apt-cache\` or \`dpkg-query\`.`,
  fix: ({ subcommand, replacement, word, plain }) => {
    if (!replacement || !plain) return undefined;
    const applicability: Applicability = DIFFERENT_BEHAVIOUR.has(subcommand!) ? "unsafe" : "safe";
    return { title: `Use \`${replacement}\``, applicability, edits: [{ range: word.range, text: replacement }] };
  },
});
