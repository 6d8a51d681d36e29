import { isValidImageReference } from "../../dockerfile/image";
import { defineDockerfileRule } from "../types";

export default defineDockerfileRule<{ image: string; resolved: string }>({
  meta: {
    id: "no-invalid-default-arg-in-from",
    aliases: ["InvalidDefaultArgInFrom", "baseNameEmpty"],
    category: "correctness",
    severity: "warning",
    fileKind: "dockerfile",
    docs: {
      summary: "With its ARG defaults, a `FROM` names no valid image.",
      whatItDoes:
        "Expands a `FROM` image with the defaults of the global ARGs (and BuildKit's platform arguments) and flags it " +
        "when the result is empty or not a valid image reference, e.g. `node:` from an `ARG TAG` without default.",
      whyItMatters:
        "A plain `docker build` without `--build-arg` then fails, and tools that read the Dockerfile (scanners, " +
        "Dependabot, this review) cannot tell which base image it uses.",
      example: "ARG TAG\nFROM node:${TAG}\n",
      useInstead: "ARG TAG=22-slim\nFROM node:${TAG}\n",
      fixSafety: "No fix is offered: the right default is yours to choose.",
      whenNotToUse: "Dockerfiles that are only ever built by a pipeline that always passes the argument.",
    },
  },
  *check({ model }) {
    for (const { base } of model.stages) {
      const { word, value } = base;
      // Only references built from variables: a literal invalid image is `no-invalid-image-reference`'s finding.
      if (!word || value === undefined || !word.raw.includes("$") || base.kind === "stage" || base.kind === "scratch") continue;
      if (!isValidImageReference(value)) yield { range: word.range, data: { image: word.raw, resolved: value } };
    }
  },
  message: ({ image, resolved }) =>
    `With the ARG defaults, \`${image}\` becomes ${resolved === "" ? "empty" : `\`${resolved}\``}, which is not a valid image, so a build without \`--build-arg\` fails. Give the ARG a default value.`,
});
