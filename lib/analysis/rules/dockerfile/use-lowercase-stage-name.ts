import { flagsOf } from "../../dockerfile/instructions";
import { toRange, type DockerfileModel } from "../../dockerfile/model";
import type { Range, TextEdit } from "../../types";
import { defineDockerfileRule } from "../types";

interface Data {
  name: string;
  /** The definition and every reference spelled with capitals (`FROM name`, `--from=name`). */
  spellings: Range[];
}

/** Ranges of `FROM <name>`, `COPY --from=<name>` and `--mount=…,from=<name>` references that are not lower-case. */
function referenceRanges(model: DockerfileModel, lower: string): Range[] {
  const ranges: Range[] = [];
  for (const instruction of model.instructions) {
    if (instruction.getKeyword() === "FROM") {
      const from = model.stages.find((stage) => stage.from === instruction)?.from;
      const imageRange = from?.getImageRange();
      const image = from?.getImage();
      if (image && imageRange && image.toLowerCase() === lower && image !== lower) ranges.push(toRange(imageRange));
    }
    for (const flag of flagsOf(instruction)) {
      const name = flag.getName().toLowerCase();
      const direct = name === "from" ? { value: flag.getValue(), range: flag.getValueRange() } : undefined;
      const option = name === "mount" ? flag.getOption("from") : null;
      const reference = direct ?? (option ? { value: option.getValue(), range: option.getValueRange() } : undefined);
      if (reference?.value && reference.range && reference.value.toLowerCase() === lower && reference.value !== lower) {
        ranges.push(toRange(reference.range));
      }
    }
  }
  return ranges;
}

export default defineDockerfileRule<Data>({
  meta: {
    id: "use-lowercase-stage-name",
    aliases: ["StageNameCasing"],
    category: "style",
    severity: "style",
    fileKind: "dockerfile",
    docs: {
      summary: "A stage name has capital letters.",
      whatItDoes: "Flags `FROM … AS Name` when the stage name is not all lower-case.",
      whyItMatters:
        "BuildKit lower-cases stage names, so `Build` and `build` are the same stage. Writing them in capitals " +
        "suggests a distinction that does not exist and makes searching for references unreliable.",
      example: "FROM golang:1.23 AS Build\nFROM alpine:3.20\nCOPY --from=Build /app /app\n",
      useInstead: "FROM golang:1.23 AS build\nFROM alpine:3.20\nCOPY --from=build /app /app\n",
      fixSafety: "Safe: stage names are matched case-insensitively, so lower-casing the name and its references changes nothing.",
      whenNotToUse: "When your team has another naming convention and does not mind the casing.",
    },
  },
  *check({ model }) {
    for (const { from, name } of model.stages) {
      const written = from.getBuildStage();
      const range = from.getBuildStageRange();
      if (!name || !written || !range || written === name) continue;
      yield { range: toRange(range), data: { name: written, spellings: [toRange(range), ...referenceRanges(model, name)] } };
    }
  },
  message: ({ name }) =>
    `The stage name \`${name}\` has capital letters, but BuildKit lower-cases stage names. Write it as \`${name.toLowerCase()}\` here and where it is referenced.`,
  fix: ({ name, spellings }) => ({
    title: `Rename the stage to ${name.toLowerCase()}`,
    applicability: "safe",
    edits: spellings.map((range): TextEdit => ({ range, text: name.toLowerCase() })),
  }),
});
