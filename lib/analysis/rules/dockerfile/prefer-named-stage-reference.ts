import type { Range } from "../../types";
import { defineDockerfileRule } from "../types";

interface Data {
  index: string;
  /** The referenced stage's name, when it has one. */
  name: string | undefined;
  range: Range;
}

export default defineDockerfileRule<Data>({
  meta: {
    id: "prefer-named-stage-reference",
    aliases: ["Using Unnamed Build Stages"],
    category: "maintainability",
    severity: "info",
    fileKind: "dockerfile",
    docs: {
      summary: "`COPY --from` uses a stage number.",
      whatItDoes: "Flags `COPY --from=<number>` that refers to an earlier stage by its position.",
      whyItMatters: "Adding or moving a stage silently changes which stage a number means; a name keeps pointing at the right one.",
      example: "FROM golang:1.23\nRUN go build -o /app .\nFROM alpine:3.20\nCOPY --from=0 /app /app\n",
      useInstead: "FROM golang:1.23 AS build\nRUN go build -o /app .\nFROM alpine:3.20\nCOPY --from=build /app /app\n",
      fixSafety: "Safe when the stage already has a name: the reference is replaced by it. Otherwise no fix: name the stage first.",
      whenNotToUse: "Short two-stage files that nobody will extend.",
    },
  },
  check({ model }, report) {
    for (const stage of model.stages) {
      for (const { via, instruction, stage: source, word } of stage.dependencies) {
        if (via !== "copy" || instruction.keyword !== "COPY" || !source || !/^\d+$/.test(word.value)) continue;
        report({ range: word.range, data: { index: word.value, name: source.nameWord?.value, range: word.range } });
      }
    }
  },
  message: ({ index, name }) =>
    name
      ? `\`--from=${index}\` refers to the stage \`${name}\` by position, which breaks when stages move. Write \`--from=${name}\`.`
      : `\`--from=${index}\` refers to a stage by position, which breaks when stages move. Name that stage (\`FROM … AS build\`) and copy \`--from=build\`.`,
  fix: ({ name, range }) => name ? { title: `Refer to the stage as ${name}`, applicability: "safe", edits: [{ range, text: name }] } : undefined,
});
