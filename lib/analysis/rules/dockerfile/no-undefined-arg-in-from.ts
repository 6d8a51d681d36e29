import { keyValues } from "../../dockerfile/model";
import { PREDEFINED_ARGS, variableReferences } from "../../dockerfile/variables";
import { closestMatch } from "../../similar";
import { defineDockerfileRule } from "../types";

interface Data {
  name: string;
  suggestion: string | undefined;
  declaredInStage: boolean;
}

export default defineDockerfileRule<Data>({
  meta: {
    id: "no-undefined-arg-in-from",
    aliases: ["UndefinedArgInFrom"],
    category: "correctness",
    severity: "warning",
    fileKind: "dockerfile",
    docs: {
      summary: "`FROM` uses a variable no global `ARG` declares.",
      whatItDoes:
        "Flags `$NAME` in a `FROM` line (image or `--platform`) when no `ARG NAME` appears before the first `FROM` and " +
        "it is not one of BuildKit's predefined arguments; suggests the closest declared name.",
      whyItMatters:
        "Only global ARGs reach `FROM` lines, and `--build-arg` cannot set an undeclared one: the variable is empty, " +
        "so the build fails or pulls a different image than intended.",
      example: "ARG NODE_VERSION=22\nFROM node:${NODE_VERSOIN}-slim\n",
      useInstead: "ARG NODE_VERSION=22\nFROM node:${NODE_VERSION}-slim\n",
      fixSafety: "No fix is offered: a misspelling and a missing declaration need different edits.",
      whenNotToUse: "Never: the variable is always empty in this position.",
    },
  },
  check({ model }, report) {
    for (const { from, base, platform } of model.stages) {
      for (const word of [platform?.value, base.word]) {
        for (const reference of word ? variableReferences(word.raw) : []) {
          // A FROM line sees the global ARGs (its scope) and BuildKit's predefined arguments.
          const known = PREDEFINED_ARGS.has(reference.name) || from.scope.entries().has(reference.name);
          if (known || (reference.modifier !== undefined && reference.modifier.endsWith("-"))) continue;
          const declaredInStage = model.instructions.some((instruction) =>
            instruction.keyword === "ARG" && keyValues(instruction).some((pair) => pair.name === reference.name));
          // The name itself: after `$` or `${`.
          const nameStart = word!.start + reference.start + (word!.raw[reference.start + 1] === "{" ? 2 : 1);
          report({
            range: model.rangeOf(nameStart, nameStart + reference.name.length),
            data: { name: reference.name, suggestion: closestMatch(reference.name, [...PREDEFINED_ARGS, ...from.scope.entries().keys()]), declaredInStage },
          });
        }
      }
    }
  },
  message: ({ name, suggestion, declaredInStage }) => {
    const why = `\`${name}\` is not declared by an \`ARG\` before the first \`FROM\`, so it is empty here`;
    if (suggestion) return `${why}. Did you mean \`${suggestion}\`?`;
    if (declaredInStage) return `${why}: an \`ARG\` inside a stage does not reach \`FROM\` lines. Declare \`ARG ${name}\` at the top of the file.`;
    return `${why}. Declare \`ARG ${name}=<default>\` at the top of the file.`;
  },
});
