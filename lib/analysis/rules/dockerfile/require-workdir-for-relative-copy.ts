import { copyOperands } from "../../dockerfile/model";
import { defineDockerfileRule } from "../types";

interface Data {
  keyword: string;
  destination: string;
}

/** Absolute (Unix or Windows) or variable destinations do not depend on the inherited WORKDIR. */
const ANCHORED = /^(\/|\$|[A-Za-z]:[\\/]|\\)/;

export default defineDockerfileRule<Data>({
  meta: {
    id: "require-workdir-for-relative-copy",
    aliases: ["DL3045"],
    category: "reliability",
    severity: "warning",
    fileKind: "dockerfile",
    profiles: { hadolint: "warning" },
    docs: {
      summary: "`COPY` to a relative path before any `WORKDIR`.",
      whatItDoes:
        "Flags `COPY`/`ADD` whose destination is relative when neither the stage nor the stages it builds on have set " +
        "a `WORKDIR` yet (stages built `FROM scratch` start in `/` and are exempt).",
      whyItMatters:
        "A relative destination lands in the base image's working directory, which you do not control: a new base " +
        "image version can move your files, and readers cannot tell where they end up.",
      example: "FROM node:22-slim\nCOPY package.json .\n",
      useInstead: "FROM node:22-slim\nWORKDIR /app\nCOPY package.json .\n",
      fixSafety: "No fix is offered: the intended directory is unknown.",
      whenNotToUse: "Bases whose documented working directory is part of their contract.",
    },
  },
  check({ model }, report) {
    for (const instruction of model.instructions) {
      if (instruction.keyword !== "COPY" && instruction.keyword !== "ADD") continue;
      const destination = copyOperands(instruction)?.destination;
      if (!instruction.stage || !destination || ANCHORED.test(destination.value)) continue;
      // Any earlier WORKDIR (in this stage or a parent, even one from a variable) decides; a stage on scratch starts in `/`.
      const { workdir } = instruction.state;
      if (workdir.instruction || workdir.value !== undefined) continue;
      report({ range: destination.range, data: { keyword: instruction.keyword, destination: destination.value } });
    }
  },
  message: ({ keyword, destination }) =>
    `\`${keyword}\` to the relative path \`${destination}\` depends on the base image's working directory, which can change. Set \`WORKDIR\` (e.g. \`WORKDIR /app\`) before it, or use an absolute path.`,
});
