import { defineDockerfileRule } from "../types";

export default defineDockerfileRule<{ image: string }>({
  meta: {
    id: "no-untagged-image",
    aliases: ["DL3006"],
    category: "reliability",
    severity: "warning",
    fileKind: "dockerfile",
    profiles: { hadolint: "warning" },
    docs: {
      summary: "Base images have no tag.",
      whatItDoes: "Flags `FROM` lines whose image has neither a tag nor a digest (after resolving ARG defaults).",
      whyItMatters:
        "An image without a tag means `latest`: the build silently picks up whatever version was pushed last, " +
        "so two builds of the same commit can differ.",
      example: "FROM python\n",
      useInstead: "FROM python:3.12-slim-bookworm\n",
      fixSafety: "No fix is offered: choosing the version is a decision, not a mechanical edit.",
      whenNotToUse: "Never for images you ship; for scratch experiments it does no harm.",
    },
  },
  check({ model }, report) {
    for (const { base } of model.stages) {
      if (!base.image || !base.word || base.image.tag !== undefined || base.image.digest !== undefined) continue;
      report({ range: base.word.range, data: { image: base.value! } });
    }
  },
  message: ({ image }) =>
    `\`${image}\` has no tag, so it means \`${image}:latest\` and changes under you. Pin a version tag, e.g. \`${image}:<version>\`.`,
});
