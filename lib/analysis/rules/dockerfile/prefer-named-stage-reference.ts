import type { DockerfileModel, Stage } from "../../dockerfile/model";
import type { Range, TextEdit } from "../../types";
import { defineDockerfileRule } from "../types";

interface Data {
  index: string;
  /** The referenced stage's name, when it has one. */
  name: string | undefined;
  range: Range;
  stage: Stage;
}

/**
 * A name for an unnamed stage, from its image (`golang:1.23` → `golang`), unused by the other stages, and ` AS name`
 * after its image (cased like its FROM). Undefined when the FROM has more than the image to it.
 */
function nameStage(model: DockerfileModel, stage: Stage): { name: string; edit: TextEdit } | undefined {
  const image = stage.base.word;
  if (!image || stage.from.args.length !== 1) return undefined;
  const repository = stage.base.image?.repository.split("/").pop()?.toLowerCase().replace(/[^a-z0-9._-]/g, "");
  const wanted = repository && /^[a-z]/.test(repository) ? repository : "stage";
  // Nor the name of an image the file refers to (`FROM node`, `COPY --from=nginx`): a stage of that name would shadow it.
  const taken = new Set(model.stages.flatMap((other) => [other.name, other.base.value?.toLowerCase(), ...other.dependencies.map((dependency) => dependency.reference?.toLowerCase())]));
  const name = taken.has(wanted) ? `${wanted}-${stage.index}` : wanted;
  if (taken.has(name)) return undefined;
  const as = stage.from.keywordWord.raw === stage.from.keywordWord.raw.toLowerCase() ? "as" : "AS";
  return { name, edit: { range: model.rangeOf(image.end, image.end), text: ` ${as} ${name}` } };
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
      fixSafety:
        "Safe: the reference is replaced by the stage's name; a stage without one is named after its image " +
        "(`FROM golang:1.23 AS golang`) first. Other references by number keep working.",
      whenNotToUse: "Short two-stage files that nobody will extend.",
    },
  },
  check({ model }, report) {
    for (const stage of model.stages) {
      for (const { via, instruction, stage: source, word } of stage.dependencies) {
        if (via !== "copy" || instruction.keyword !== "COPY" || !source || !/^\d+$/.test(word.value)) continue;
        report({ range: word.range, data: { index: word.value, name: source.nameWord?.value, range: word.range, stage: source } });
      }
    }
  },
  message: ({ index, name }) =>
    name
      ? `\`--from=${index}\` refers to the stage \`${name}\` by position, which breaks when stages move. Write \`--from=${name}\`.`
      : `\`--from=${index}\` refers to a stage by position, which breaks when stages move. Name that stage (\`FROM … AS build\`) and copy \`--from=build\`.`,
  fix: ({ name, range, stage }, { model }) => {
    if (name) return { title: `Refer to the stage as ${name}`, applicability: "safe", edits: [{ range, text: name }] };
    const named = nameStage(model, stage);
    return named && { title: `Name the stage ${named.name} and refer to it by name`, applicability: "safe", edits: [named.edit, { range, text: named.name }] };
  },
});
