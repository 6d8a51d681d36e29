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
    // BuildKit, Docker's builder since 23.0, copies into the directory anyway; the classic builder fails.
    severity: "warning",
    fileKind: "dockerfile",
    profiles: { hadolint: "error" },
    docs: {
      summary: "Several sources are copied to a destination without a trailing `/`.",
      whatItDoes: "Flags `COPY`/`ADD` with more than one source whose destination does not end with `/`.",
      whyItMatters:
        "With several sources the destination can only be a directory. BuildKit copies into it either way, but the " +
        "classic builder (`DOCKER_BUILDKIT=0`, older engines and CI runners) fails the build, and a reader of `COPY a b " +
        "/app` cannot tell whether `/app` is meant as a file. The trailing `/` says it in every builder.",
      example: "FROM node:22-slim\nCOPY package.json package-lock.json /app\n",
      useInstead: "FROM node:22-slim\nCOPY package.json package-lock.json /app/\n",
      fixSafety: "Safe: BuildKit copies the files into the same directory with the slash, and the classic builder then accepts it.",
      whenNotToUse: "When every build of the file runs on BuildKit and you accept the ambiguity.",
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
    `This \`${keyword}\` has ${count} sources, so its destination can only be a directory: BuildKit copies into it anyway, but the classic builder fails the build without a trailing \`/\`. Write \`${destination}/\`.`,
  fix: ({ slashAt }, { model }) => ({ title: "Add a trailing slash to the destination", applicability: "safe", edits: [{ range: model.rangeOf(slashAt, slashAt), text: "/" }] }),
});
