import type { Command } from "../../dockerfile/commands";
import type { TextEdit } from "../../types";
import { defineDockerfileRule, type DockerfileRuleContext } from "../types";
import { commandsAfter, insertAfterWord } from "./package-managers";

interface Data {
  /** The packages the later `apk del` removes one by one. */
  removed: string[];
  edits: TextEdit[] | undefined;
}

const GROUP = ".build-deps";

/**
 * The fix, when the `apk del` removes exactly the packages of the `apk add`, written plainly one after the other:
 * name the add a virtual group and delete the group.
 */
function groupEdits(context: DockerfileRuleContext, add: Command, del: Command, commands: Command[]): TextEdit[] | undefined {
  const added = new Set(add.operands.map((word) => word.value));
  const deleted = del.operands;
  if (deleted.length !== added.size || deleted.some((word) => !added.has(word.value))) return undefined;
  if (commands.some((command) => command.words.some((word) => word.value === GROUP))) return undefined;
  const first = deleted[0]!;
  const last = deleted.at(-1)!;
  const span = context.model.text.slice(first.start, last.end);
  if (del.options.some((option) => option.word.start > first.start && option.word.start < last.end) || /[\\\n#]/.test(span)) return undefined;
  const insert = insertAfterWord(context, add.subcommand!, `--virtual ${GROUP}`);
  return insert && [insert, { range: context.model.rangeOf(first.start, last.end), text: GROUP }];
}

export default defineDockerfileRule<Data>({
  meta: {
    id: "use-apk-virtual",
    aliases: ["apkadd-missing-virtual"],
    category: "reliability",
    severity: "info",
    fileKind: "dockerfile",
    docs: {
      summary: "Build-only packages are added and deleted by name instead of as a `--virtual` group.",
      whatItDoes:
        "Flags an `apk add` without `--virtual`/`-t` when a later `apk del` in the same `RUN` removes some of the " +
        "packages it installed.",
      whyItMatters:
        "`apk del gcc` removes gcc even if the base image or an earlier step already had it installed, and the " +
        "package list must be repeated and kept in sync. `apk add --virtual .build-deps gcc musl-dev` records the " +
        "packages under one name; `apk del .build-deps` then removes exactly what this step added and nothing the " +
        "image had before.",
      example: "FROM alpine:3.20\nRUN apk add --no-cache gcc musl-dev && make && apk del gcc musl-dev\n",
      useInstead: "FROM alpine:3.20\nRUN apk add --no-cache --virtual .build-deps gcc musl-dev && make && apk del .build-deps\n",
      fixSafety:
        "Unsafe: offered when `apk del` removes exactly the packages of the `apk add`; it adds `--virtual .build-deps` " +
        "and deletes the group instead. A package that was installed before this step then stays, which is the point, " +
        "but is a change.",
      whenNotToUse: "When the packages deliberately replace ones the image had, and the step means to remove them all.",
    },
  },
  check(context, report) {
    for (const run of context.model.instructions) {
      if (run.keyword !== "RUN") continue;
      const commands = context.commands(run);
      for (const add of commands) {
        if (!add.is("apk", "add") || add.has("--virtual")) continue;
        const added = new Set(add.operands.map((word) => word.value));
        const del = commandsAfter(commands, add).find((command) => command.is("apk", "del") && command.operands.some((word) => added.has(word.value)));
        if (!del) continue;
        const removed = del.operands.filter((word) => added.has(word.value)).map((word) => word.value);
        report({ range: add.range, data: { removed, edits: groupEdits(context, add, del, commands) } });
      }
    }
  },
  message: ({ removed }) =>
    `\`apk del ${removed.join(" ")}\` removes packages this \`apk add\` installed, one by one, and also any that were there before. Install them with \`--virtual ${GROUP}\` and delete the group with \`apk del ${GROUP}\`.`,
  fix: ({ edits }) => edits && { title: `Install as the virtual group \`${GROUP}\``, applicability: "unsafe", edits },
});
