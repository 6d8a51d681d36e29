import { defineDockerfileRule } from "../types";

type Data = { keyword: string; kind: "before-from" | "no-from" } | { kind: "empty" };

export default defineDockerfileRule<Data>({
  meta: {
    id: "no-instruction-before-from",
    aliases: ["DL3061", "noSourceImage", "from_first"],
    category: "correctness",
    severity: "error",
    fileKind: "dockerfile",
    profiles: { hadolint: "error" },
    docs: {
      summary: "An instruction comes before the first `FROM`.",
      whatItDoes: "Flags instructions other than `ARG` before the first `FROM`, and a Dockerfile without any `FROM` (an empty one too).",
      whyItMatters: "Only `ARG` (and comments or parser directives) may precede `FROM`; anything else makes the build fail.",
      example: "LABEL org.opencontainers.image.title=api\nFROM alpine:3.20\n",
      useInstead: "ARG ALPINE_VERSION=3.20\nFROM alpine:${ALPINE_VERSION}\nLABEL org.opencontainers.image.title=api\n",
      fixSafety: "No fix is offered: where the instruction belongs depends on the stage it was meant for.",
      whenNotToUse: "Never: the builder rejects the file.",
    },
  },
  check({ model }, report) {
    const firstFrom = model.stages[0]?.from;
    if (!firstFrom && model.instructions.every((instruction) => instruction.keyword === "ARG")) {
      // Nothing but comments and ARGs: the builder refuses the file ("the Dockerfile cannot be empty").
      const first = model.instructions[0];
      report({ range: first ? first.keywordWord.range : { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } }, data: { kind: "empty" } });
      return;
    }
    for (const instruction of model.instructions) {
      if (instruction === firstFrom) return;
      if (instruction.keyword === "ARG") continue;
      report({ range: instruction.keywordWord.range, data: { keyword: instruction.keyword, kind: firstFrom ? "before-from" : "no-from" } });
      if (!firstFrom) return;
    }
  },
  message: (data) =>
    data.kind === "before-from"
      ? `\`${data.keyword}\` comes before the first \`FROM\`, where only \`ARG\` is allowed, so the build fails. Move it into a stage.`
      : `This Dockerfile has no \`FROM\`${data.kind === "empty" ? " nor any other instruction" : ""}, so there is no image to build. Start it with \`FROM <image>\` (or \`FROM scratch\`).`,
});
