import type { Onbuild } from "dockerfile-ast";
import { instructionsWith } from "../../dockerfile/instructions";
import { toRange } from "../../dockerfile/model";
import { defineDockerfileRule } from "../types";

const FORBIDDEN_TRIGGERS = new Set(["ONBUILD", "FROM", "MAINTAINER"]);

export default defineDockerfileRule<{ trigger: string }>({
  meta: {
    id: "no-invalid-onbuild",
    aliases: ["DL3043", "onbuildChainingDisallowed", "onbuildTriggerDisallowed"],
    category: "correctness",
    severity: "error",
    fileKind: "dockerfile",
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
  *check({ model }) {
    for (const instruction of instructionsWith(model, "ONBUILD")) {
      const onbuild = instruction as Onbuild;
      const trigger = onbuild.getTrigger();
      const range = onbuild.getTriggerRange();
      if (trigger && range && FORBIDDEN_TRIGGERS.has(trigger.toUpperCase())) yield { range: toRange(range), data: { trigger: trigger.toUpperCase() } };
    }
  },
  message: ({ trigger }) =>
    `\`ONBUILD ${trigger}\` is not allowed, so every image built on this one fails. Remove this trigger.`,
});
