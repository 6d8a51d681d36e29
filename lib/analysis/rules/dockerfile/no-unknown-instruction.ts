import { toRange } from "../../dockerfile/model";
import { closestMatch } from "../../similar";
import type { Range } from "../../types";
import { defineDockerfileRule } from "../types";

const INSTRUCTIONS = [
  "ADD", "ARG", "CMD", "COPY", "ENTRYPOINT", "ENV", "EXPOSE", "FROM", "HEALTHCHECK", "LABEL", "MAINTAINER", "ONBUILD",
  "RUN", "SHELL", "STOPSIGNAL", "USER", "VOLUME", "WORKDIR",
];
const KNOWN = new Set(INSTRUCTIONS);

interface Data {
  written: string;
  suggestion: string | undefined;
  range: Range;
}

export default defineDockerfileRule<Data>({
  meta: {
    id: "no-unknown-instruction",
    aliases: ["instructionUnknown", "invalid_command", "unknown-instruction"],
    category: "correctness",
    severity: "error",
    fileKind: "dockerfile",
    docs: {
      summary: "A line starts with something that is not a Dockerfile instruction.",
      whatItDoes:
        "Flags instructions whose keyword Docker does not know (typos such as `RNU`, or a shell line whose `\\` " +
        "continuation was lost), suggesting the closest instruction.",
      whyItMatters: "The build fails with `unknown instruction`; with a lost continuation, the rest of a `RUN` silently became a new line.",
      example: "FROM alpine:3.20\nRNU apk add --no-cache curl\n",
      useInstead: "FROM alpine:3.20\nRUN apk add --no-cache curl\n",
      fixSafety: "Replacing a misspelt keyword with the closest instruction is offered as unsafe: the line may instead be a lost continuation.",
      whenNotToUse: "Never: the builder rejects the file.",
    },
  },
  *check({ model }) {
    for (const instruction of model.instructions) {
      const keyword = instruction.getKeyword();
      if (KNOWN.has(keyword)) continue;
      const range = toRange(instruction.getInstructionRange());
      yield { range, data: { written: instruction.getInstruction(), suggestion: closestMatch(keyword, INSTRUCTIONS), range } };
    }
  },
  message: ({ written, suggestion }) =>
    `\`${written}\` is not a Dockerfile instruction, so the build fails${suggestion ? `. Did you mean \`${suggestion}\`?` : "; if it continues the previous line, end that line with `\\`."}`,
  fix: ({ suggestion, range }) => suggestion ? { title: `Write ${suggestion}`, applicability: "unsafe", edits: [{ range, text: suggestion }] } : undefined,
});
