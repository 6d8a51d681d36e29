import { defineDockerfileRule } from "../types";

const FORBIDDEN_TRIGGERS = new Set(["ONBUILD", "FROM", "MAINTAINER"]);

export default defineDockerfileRule<{ trigger: string }>({
  meta: {
    id: "no-invalid-onbuild",
    aliases: ["DL3043", "onbuildChainingDisallowed", "onbuildTriggerDisallowed"],
    category: "correctness",
    severity: "error",
    fileKind: "dockerfile",
    profiles: { hadolint: "error" },
    docs: {
      summary: "`ONBUILD` wraps `ONBUILD`, `FROM` or `MAINTAINER`.",
      whatItDoes: "Flags `ONBUILD ONBUILD`, `ONBUILD FROM` and `ONBUILD MAINTAINER`.",
      whyItMatters: "Docker forbids these triggers: the image builds, but every build that uses it as a base fails.",
      example: "FROM node:22-slim\nONBUILD FROM alpine:3.20\n",
      useInstead: "FROM node:22-slim\nONBUILD COPY package.json /app/\n",
      fixSafety: "No fix is offered: the trigger has to be rethought, not rewritten.",
      whenNotToUse: "Never: Docker rejects these triggers when they fire.",
    },
  },
  check({ model }, report) {
    for (const instruction of model.instructions) {
      const trigger = instruction.keyword === "ONBUILD" ? instruction.args[0] : undefined;
      if (trigger && FORBIDDEN_TRIGGERS.has(trigger.value.toUpperCase())) report({ range: trigger.range, data: { trigger: trigger.value.toUpperCase() } });
    }
  },
  message: ({ trigger }) =>
    `\`ONBUILD ${trigger}\` is not allowed, so every image built on this one fails. Remove this trigger.`,
});
