import { imagePartRange } from "../../dockerfile/stages";
import { defineDockerfileRule } from "../types";

export default defineDockerfileRule<{ image: string }>({
  meta: {
    id: "no-latest-tag",
    aliases: ["DL3007"],
    category: "reliability",
    severity: "warning",
    fileKind: "dockerfile",
    profiles: { hadolint: "warning" },
    docs: {
      summary: "Base images are tagged `latest`.",
      whatItDoes: "Flags `FROM` lines whose image uses the `latest` tag, also when the tag comes from an ARG default.",
      whyItMatters:
        "`latest` is whatever the publisher pushed last. The same Dockerfile builds a different image next week, " +
        "a major version can arrive unannounced, and nobody can tell from the file which version is in production.",
      example: "FROM node:latest\n",
      useInstead: "FROM node:22.11-bookworm-slim\n",
      fixSafety: "No fix is offered: only you know which version the image should stay on.",
      whenNotToUse: "Throwaway images for local experiments, where drifting to the newest version is the point.",
    },
  },
  check({ model }, report) {
    for (const stage of model.stages) {
      if (stage.base.image?.tag !== "latest") continue;
      report({ range: imagePartRange(model, stage, "tag"), data: { image: stage.base.value! } });
    }
  },
  message: ({ image }) =>
    `\`${image}\` moves whenever a new version is pushed, so builds are not reproducible. Pin a specific version tag (or a digest).`,
});
