import { defineDockerfileRule } from "../types";

const RESERVED = new Set(["scratch", "context"]);

export default defineDockerfileRule<{ name: string }>({
  meta: {
    id: "no-reserved-stage-name",
    aliases: ["DL3063", "ReservedStageName"],
    category: "correctness",
    severity: "error",
    fileKind: "dockerfile",
    profiles: { hadolint: "warning" },
    docs: {
      summary: "A stage is named `scratch` or `context`.",
      whatItDoes: "Flags `FROM … AS scratch` and `FROM … AS context` (in any casing).",
      whyItMatters:
        "`scratch` is the empty base image and `context` is the build context in `--from`/`--mount` references. " +
        "A stage with either name cannot be referenced reliably: `FROM scratch` and `COPY --from=context` mean the reserved thing.",
      example: "FROM alpine:3.20 AS scratch\nRUN echo hi > /hi\nFROM alpine:3.20\nCOPY --from=scratch /hi /hi\n",
      useInstead: "FROM alpine:3.20 AS greeting\nRUN echo hi > /hi\nFROM alpine:3.20\nCOPY --from=greeting /hi /hi\n",
      fixSafety: "No fix is offered: the new name is yours to choose, and its references must follow.",
      whenNotToUse: "Never: a reserved stage name is always a mistake.",
    },
  },
  check({ model }, report) {
    for (const { nameWord, name } of model.stages) {
      if (name && nameWord && RESERVED.has(name)) report({ range: nameWord.range, data: { name: nameWord.value } });
    }
  },
  message: ({ name }) =>
    `\`${name}\` is a reserved name in Docker (the empty image or the build context), so references to this stage would mean something else. Rename the stage.`,
});
