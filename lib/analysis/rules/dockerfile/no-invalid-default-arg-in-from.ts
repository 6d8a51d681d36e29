import { isStageOrScratch } from "../../dockerfile/image";
import { isValidImageReference, resolveImage } from "../../dockerfile/image-reference";
import { toRange } from "../../dockerfile/model";
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
    for (const { from } of model.stages) {
      const image = from.getImage();
      const range = from.getImageRange();
      if (!image || !range || !image.includes("$")) continue;
      const resolved = resolveImage(model, image);
      if (resolved === undefined || isStageOrScratch(model, from)) continue;
      if (resolved.toLowerCase() === "scratch" || model.stages.some((stage) => stage.name === resolved.toLowerCase())) continue;
      if (!isValidImageReference(resolved)) yield { range: toRange(range), data: { image, resolved } };
    }
  },
  message: ({ image, resolved }) =>
    `With the ARG defaults, \`${image}\` becomes ${resolved === "" ? "empty" : `\`${resolved}\``}, which is not a valid image, so a build without \`--build-arg\` fails. Give the ARG a default value.`,
});
