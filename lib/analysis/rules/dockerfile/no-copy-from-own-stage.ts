import { defineDockerfileRule } from "../types";

export default defineDockerfileRule<{ reference: string }>({
  meta: {
    id: "no-copy-from-own-stage",
    aliases: ["DL3023", "DS-0006", "COPY '--from' References Current FROM Alias", "copy-from-own-alias"],
    category: "correctness",
    severity: "error",
    fileKind: "dockerfile",
    profiles: { hadolint: "error" },
    docs: {
      summary: "`COPY --from` names the stage it is in.",
      whatItDoes: "Flags `COPY --from=<name or index>` that refers to the stage the instruction belongs to.",
      whyItMatters: "A stage cannot copy from itself: the build fails with a circular dependency.",
      example: "FROM golang:1.23 AS build\nCOPY --from=build /go/bin/app /app\n",
      useInstead: "FROM golang:1.23 AS build\nRUN go build -o /go/bin/app .\nFROM alpine:3.20\nCOPY --from=build /go/bin/app /app\n",
      fixSafety: "No fix is offered: the intended source stage is unknown.",
      whenNotToUse: "Never: the builder rejects it.",
    },
  },
  check({ model }, report) {
    for (const stage of model.stages) {
      for (const { via, instruction, reference, word } of stage.dependencies) {
        if (via !== "copy" || instruction.keyword !== "COPY" || reference === undefined) continue;
        const own = /^[0-9]+$/.test(reference) ? Number(reference) === stage.index : reference === stage.name;
        if (own) report({ range: word.range, data: { reference: word.value } });
      }
    }
  },
  message: ({ reference }) =>
    `\`--from=${reference}\` is the stage this \`COPY\` is in, and a stage cannot copy from itself. Copy from the stage that produces the files.`,
});
