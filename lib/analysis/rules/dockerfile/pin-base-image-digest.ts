import { defineDockerfileRule } from "../types";

export default defineDockerfileRule<{ image: string }>({
  meta: {
    id: "pin-base-image-digest",
    aliases: ["dockerfile-source-not-pinned", "from-pin-digest"],
    category: "security",
    severity: "info",
    fileKind: "dockerfile",
    profiles: { recommended: "off" },
    docs: {
      summary: "A base image is not pinned to a digest.",
      whatItDoes: "Flags `FROM` images (not stages, not `scratch`) without an `@sha256:` digest. Off by default.",
      whyItMatters:
        "Tags move: `node:22-slim` is rebuilt for every patch release, and a compromised registry account can push " +
        "anything under it. A digest pins the exact bytes; tools such as Renovate or Dependabot keep it current.",
      example: "FROM node:22-slim\n",
      useInstead: "FROM node:22-slim@sha256:3b5c0f1e8a0b6f0dd6e5a7f1c7b4e51c6d2c31a1fa0e2a7f1b6d1b2d0f3e4a5b\n",
      fixSafety: "No fix is offered: the digest must be looked up in the registry (and kept up to date by a bot).",
      whenNotToUse: "Off by default: without automation to update digests, pinned bases stop receiving security fixes; prefer tags then.",
    },
  },
  check({ model }, report) {
    for (const { base } of model.stages) {
      if (base.kind !== "image" || !base.word || base.image?.digest !== undefined) continue;
      report({ range: base.word.range, data: { image: base.value! } });
    }
  },
  message: ({ image }) =>
    `\`${image}\` is a movable tag, so the base can change (or be replaced) without any change to this file. Pin it as \`${image}@sha256:<digest>\` and let a bot update it.`,
});
