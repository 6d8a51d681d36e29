import { copyOperands } from "../../dockerfile/model";
import { defineDockerfileRule } from "../types";

interface Data {
  keyword: string;
  destination: string;
  count: number;
  /** Offset where the `/` goes: after the destination word, or before its closing quote in JSON form. */
  slashAt: number;
}

export default defineDockerfileRule<Data>({
  meta: {
    id: "require-directory-destination",
    aliases: ["DL3021", "DS-0011", "Copy With More Than Two Arguments Not Ending With Slash", "invalidDestination", "add_dest_invalid"],
    category: "correctness",
    severity: "error",
    fileKind: "dockerfile",
    profiles: { hadolint: "error" },
    docs: {
      summary: "Several sources are copied to a destination without a trailing `/`.",
      whatItDoes: "Flags `COPY`/`ADD` with more than one source whose destination does not end with `/`.",
      whyItMatters: "With several sources the destination must be a directory, written with a trailing `/`; otherwise the build fails.",
      example: "FROM node:22-slim\nCOPY package.json package-lock.json /app\n",
      useInstead: "FROM node:22-slim\nCOPY package.json package-lock.json /app/\n",
      fixSafety: "Safe: the build could not succeed without the slash, and with it the files land in that directory.",
      whenNotToUse: "Never: the builder rejects the instruction.",
    },
  },
  check({ model }, report) {
    for (const instruction of model.instructions) {
      if (instruction.keyword !== "COPY" && instruction.keyword !== "ADD") continue;
      const operands = copyOperands(instruction);
      if (!operands || operands.sources.length < 2) continue;
      const { destination } = operands;
      if (destination.value.endsWith("/") || destination.value.includes("$")) continue;
      const slashAt = instruction.form === "exec" ? destination.end - 1 : destination.end;
      report({
        range: destination.range,
        data: { keyword: instruction.keyword, destination: destination.value, count: operands.sources.length, slashAt },
      });
    }
  },
  message: ({ keyword, destination, count }) =>
    `This \`${keyword}\` has ${count} sources, so its destination must be a directory ending in \`/\`; the build fails otherwise. Write \`${destination}/\`.`,
  fix: ({ slashAt }, { model }) => ({ title: "Add a trailing slash to the destination", applicability: "safe", edits: [{ range: model.rangeOf(slashAt, slashAt), text: "/" }] }),
});
