import type { Range } from "../../types";
import { defineDockerfileRule } from "../types";

export default defineDockerfileRule<{ author: string; instructionRange: Range; backslashEscapes: boolean }>({
  meta: {
    id: "no-maintainer",
    aliases: ["DL4000", "MaintainerDeprecated"],
    category: "maintainability",
    severity: "warning",
    fileKind: "dockerfile",
    profiles: { hadolint: "error" },
    docs: {
      summary: "`MAINTAINER` is deprecated.",
      whatItDoes: "Flags the `MAINTAINER` instruction.",
      whyItMatters:
        "`MAINTAINER` was deprecated in Docker 1.13. Labels are where image metadata lives: registries, scanners " +
        "and `docker inspect` read `org.opencontainers.image.authors`.",
      example: "FROM alpine:3.20\nMAINTAINER Jane Doe <jane@example.com>\n",
      useInstead: 'FROM alpine:3.20\nLABEL org.opencontainers.image.authors="Jane Doe <jane@example.com>"\n',
      fixSafety:
        "Safe: the same text moves into the standard label. Only tools that still read the image's legacy " +
        "`Author` field would notice.",
      whenNotToUse: "There is no reason to keep `MAINTAINER`.",
    },
  },
  check({ model }, report) {
    for (const instruction of model.instructions) {
      if (instruction.keyword !== "MAINTAINER") continue;
      report({ range: instruction.range, data: { author: instruction.argsText, instructionRange: instruction.range, backslashEscapes: model.escape === "\\" } });
    }
  },
  message: () =>
    "`MAINTAINER` is deprecated and hides the author from tools that read labels. Use `LABEL org.opencontainers.image.authors=\"…\"` instead.",
  // A `$` would be expanded inside LABEL and a line break would need re-escaping: leave those alone.
  // The label's value is written as a JSON string: its `\"` escapes need `\` as the escape character.
  fix: ({ author, instructionRange, backslashEscapes }) => /[$\n\\]/.test(author) || (!backslashEscapes && author.includes('"')) ? undefined : ({
    title: "Replace MAINTAINER with an org.opencontainers.image.authors label",
    applicability: "safe",
    edits: [{ range: instructionRange, text: `LABEL org.opencontainers.image.authors=${JSON.stringify(author.trim())}` }],
  }),
});
