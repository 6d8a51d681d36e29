import { addPosition, firstAbove } from "../../arrays";
import type { Command } from "../../dockerfile/commands";
import { copyOperands, type Stage } from "../../dockerfile/model";
import { basename, joinPath } from "../../paths";
import { defineDockerfileRule, type DockerfileRuleContext } from "../types";

interface Data {
  archive: string;
  copyLine: number;
  extractLine: number;
}

/** Local archives `ADD` extracts: tar, plain or compressed with gzip, bzip2 or xz (not zip, not a lone .gz). */
const TAR_ARCHIVE = /\.(tar|tar\.gz|tgz|taz|tar\.bz2|tbz2?|tb2|tar\.xz|txz)$/i;

/** The files a `tar` command extracts from (`tar -xzf a.tgz`, `tar --extract --file=a.tgz`, old-style `tar xzf a.tgz`). */
function extractedArchives(command: Command): string[] {
  if (!command.is("tar")) return [];
  const oldStyle = command.args[0] && /^[a-zA-Z]*x[a-zA-Z]*$/.test(command.args[0].value) ? command.args[0] : undefined;
  if (!command.has("-x") && !oldStyle) return [];
  const file = command.option("-f")?.value;
  const operands = command.operands.filter((word) => word !== oldStyle && word.literal).map((word) => word.value);
  return [...(file?.word.literal ? [file.value] : []), ...operands].map((path) => basename(path));
}

/** For each archive name a RUN of the stage extracts, the positions of those RUNs in the stage, in order. */
function extractionsOf(context: DockerfileRuleContext, stage: Stage): Map<string, number[]> {
  const extractions = new Map<string, number[]>();
  stage.instructions.forEach((run, position) => {
    if (run.keyword !== "RUN") return;
    for (const command of context.commands(run)) for (const name of extractedArchives(command)) addPosition(extractions, name, position);
  });
  return extractions;
}

export default defineDockerfileRule<Data>({
  meta: {
    id: "prefer-add-for-local-archive",
    aliases: ["DL3010"],
    category: "size",
    severity: "info",
    fileKind: "dockerfile",
    profiles: { hadolint: "info" },
    docs: {
      summary: "A local tar archive is copied into the image and extracted in a later step.",
      whatItDoes:
        "Flags a `COPY` of a local `.tar`, `.tar.gz`/`.tgz`, `.tar.bz2` or `.tar.xz` file that a later `RUN` of the " +
        "same shipped stage extracts with `tar -x`. Zip files and lone `.gz` files are left alone: `ADD` does not " +
        "extract them, so suggesting it (as hadolint does) would be wrong.",
      whyItMatters:
        "The `COPY` puts the archive in its own layer, and deleting it in the `RUN` cannot shrink that layer: the image " +
        "carries the archive and its extracted content. `ADD archive.tar.gz /dir/` extracts a local tar archive in one " +
        "step; a bind mount (`RUN --mount=type=bind,source=archive.tar.gz,target=/tmp/archive.tar.gz tar -xzf …`) " +
        "extracts it without copying it at all.",
      example: "FROM debian:12-slim\nCOPY app.tar.gz /tmp/\nRUN tar -xzf /tmp/app.tar.gz -C /opt && rm /tmp/app.tar.gz\n",
      useInstead: "FROM debian:12-slim\nADD app.tar.gz /opt/\n",
      fixSafety: "No fix is offered: where the archive should be extracted, and whether the `RUN` does more, is for you to check.",
      whenNotToUse: "Builder stages (this rule already skips them), or when the archive itself must stay in the image.",
    },
  },
  check(context, report) {
    for (const stage of context.model.stages) {
      if (!stage.ships) continue;
      let extractions: Map<string, number[]> | undefined;
      for (const [position, copy] of stage.instructions.entries()) {
        if (copy.keyword !== "COPY" || copy.flags.some((flag) => flag.name === "from")) continue;
        const operands = copyOperands(copy);
        const destination = operands && context.resolve(operands.destination, copy);
        if (!operands || destination === undefined) continue;
        const intoDirectory = destination.endsWith("/") || operands.sources.length > 1;
        for (const source of operands.sources) {
          const value = context.resolve(source, copy);
          if (value === undefined || /[*?[]/.test(value) || !TAR_ARCHIVE.test(value)) continue;
          // The name the archive has in the image (`COPY app.tar.gz /tmp/pkg.tgz` renames it).
          const copied = basename(intoDirectory ? joinPath(destination, basename(value)) : destination);
          extractions ??= extractionsOf(context, stage);
          const positions = extractions.get(copied);
          const next = positions?.[firstAbove(positions, position)];
          const extract = next === undefined ? undefined : stage.instructions[next];
          if (extract) report({ range: source.range, data: { archive: value, copyLine: copy.range.start.line, extractLine: extract.range.start.line } });
        }
      }
    }
  },
  message: ({ archive, copyLine, extractLine }) =>
    `\`${archive}\` is copied (line ${copyLine}) and extracted later (line ${extractLine}), so the image keeps the archive as well as its content. ` +
    `\`ADD ${archive} <directory>/\` extracts it in one step, or bind-mount it into the RUN that extracts it.`,
});
