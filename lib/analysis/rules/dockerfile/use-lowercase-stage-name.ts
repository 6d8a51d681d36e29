import type { DockerfileModel } from "../../dockerfile/model";
import { referenceSpan } from "../../dockerfile/stages";
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
  for (const stage of model.stages) {
    for (const dependency of stage.dependencies) {
      const reference = referenceSpan(model, dependency);
      if (reference.text.toLowerCase() === lower && reference.text !== lower) ranges.push(reference.range);
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
  check({ model }, report) {
    for (const { nameWord, name } of model.stages) {
      if (!name || !nameWord || nameWord.value === name) continue;
      report({ range: nameWord.range, data: { name: nameWord.value, spellings: [nameWord.range, ...referenceRanges(model, name)] } });
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
