import { hasUnresolvedVariable, isStageOrScratch } from "../../dockerfile/image";
import { toRange } from "../../dockerfile/model";
import { defineDockerfileRule } from "../types";

export default defineDockerfileRule<{ image: string }>({
  meta: {
    id: "no-untagged-image",
    aliases: ["DL3006"],
    category: "reliability",
    severity: "warning",
    fileKind: "dockerfile",
    docs: {
      summary: "Base images have no tag.",
      whatItDoes: "Flags `FROM` lines whose image has neither a tag nor a digest.",
      whyItMatters:
        "An image without a tag means `latest`: the build silently picks up whatever version was pushed last, " +
        "so two builds of the same commit can differ.",
      example: "FROM python\n",
      useInstead: "FROM python:3.12-slim-bookworm\n",
      fixSafety: "No fix is offered: choosing the version is a decision, not a mechanical edit.",
      whenNotToUse: "Never for images you ship; for scratch experiments it does no harm.",
    },
  },
  *check({ model }) {
    for (const { from } of model.stages) {
      const image = from.getImage();
      const nameRange = from.getImageNameRange();
      if (!image || !nameRange || hasUnresolvedVariable(image) || isStageOrScratch(model, from)) continue;
      if (from.getImageTag() === null && from.getImageDigest() === null) {
        yield { range: toRange(from.getImageRange() ?? nameRange), data: { image } };
      }
    }
  },
  message: ({ image }) =>
    `\`${image}\` has no tag, so it means \`${image}:latest\` and changes under you. Pin a version tag, e.g. \`${image}:<version>\`.`,
});
