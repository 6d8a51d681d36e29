import { addPosition, firstAbove } from "../../arrays";
import type { Command } from "../../dockerfile/commands";
import type { TextEdit } from "../../types";
import { defineDockerfileRule, type DockerfileRuleContext } from "../types";
import { insertAfterWord } from "./package-managers";

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
function groupEdits(context: DockerfileRuleContext, add: Command, added: ReadonlySet<string>, del: Command): TextEdit[] | undefined {
  const deleted = del.operands;
  if (deleted.length !== added.size || deleted.some((word) => !added.has(word.value))) return undefined;
  const first = deleted[0]!;
  const last = deleted.at(-1)!;
  const span = context.model.text.slice(first.start, last.end);
  if (del.options.some((option) => option.word.start > first.start && option.word.start < last.end) || /[\\\n#]/.test(span)) return undefined;
  const insert = insertAfterWord(context, add.subcommand!, `--virtual ${GROUP}`);
  return insert && [insert, { range: context.model.rangeOf(first.start, last.end), text: GROUP }];
}

/** For each package an `apk del` of the RUN removes, the positions of those commands, in order. */
function deletionsByPackage(commands: readonly Command[]): Map<string, number[]> {
  const byPackage = new Map<string, number[]>();
  commands.forEach((command, index) => {
    if (command.is("apk", "del")) for (const { value } of command.operands) addPosition(byPackage, value, index);
  });
  return byPackage;
}

/**
 * The position of the first `apk del` after `index` that removes one of `packages`: looked up by package, so that a
 * RUN of thousands of adds and deletes is not scanned again after each add.
 */
function firstDeletionAfter(deletions: ReadonlyMap<string, number[]>, packages: ReadonlySet<string>, index: number): number | undefined {
  let first: number | undefined;
  for (const name of packages) {
    const positions = deletions.get(name);
    const next = positions?.[firstAbove(positions, index)];
    if (next !== undefined && (first === undefined || next < first)) first = next;
  }
  return first;
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
      const deletions = deletionsByPackage(commands);
      if (deletions.size === 0) continue;
      // A RUN that already uses the group's name gets no fix: the edit could merge two groups.
      const groupNamed = commands.some((command) => command.words.some((word) => word.value === GROUP));
      commands.forEach((add, index) => {
        if (!add.is("apk", "add") || add.has("--virtual")) return;
        const added = new Set(add.operands.map((word) => word.value));
        const at = firstDeletionAfter(deletions, added, index);
        if (at === undefined) return;
        const del = commands[at]!;
        const removed = del.operands.filter((word) => added.has(word.value)).map((word) => word.value);
        report({ range: add.range, data: { removed, edits: groupNamed ? undefined : groupEdits(context, add, added, del) } });
      });
    }
  },
  message: ({ removed }) =>
    `\`apk del ${removed.join(" ")}\` removes packages this \`apk add\` installed, one by one, and also any that were there before. Install them with \`--virtual ${GROUP}\` and delete the group with \`apk del ${GROUP}\`.`,
  fix: ({ edits }) => edits && { title: `Install as the virtual group \`${GROUP}\``, applicability: "unsafe", edits },
});
