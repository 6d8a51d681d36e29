import { copyOperands } from "../../dockerfile/model";
import { defineDockerfileRule } from "../types";

export default defineDockerfileRule<{ keyword: string; source: string }>({
  meta: {
    id: "no-copy-outside-context",
    aliases: ["add_src_invalid"],
    category: "correctness",
    severity: "warning",
    fileKind: "dockerfile",
    docs: {
      summary: "`COPY ../…` reaches above the build context.",
      whatItDoes: "Flags `COPY`/`ADD` sources from the build context that start with `../`.",
      whyItMatters:
        "The builder only sees the build context: `../` is clamped to the context root, so the instruction copies a " +
        "different file than it says, or fails. Widen the context (or use `--build-context`) instead.",
      example: "FROM node:22-slim\nWORKDIR /app\nCOPY ../shared ./shared\n",
      useInstead: "FROM node:22-slim\nWORKDIR /app\nCOPY --from=shared . ./shared\n",
      fixSafety: "No fix is offered: the build context has to change, not the line.",
      whenNotToUse: "Never: the path cannot mean what it says.",
    },
  },
  check({ model }, report) {
    for (const instruction of model.instructions) {
      if (instruction.keyword !== "COPY" && instruction.keyword !== "ADD") continue;
      if (instruction.flags.some((flag) => flag.name === "from")) continue;
      for (const source of copyOperands(instruction)?.sources ?? []) {
        if (/^(\.\.)([\\/]|$)/.test(source.value)) report({ range: source.range, data: { keyword: instruction.keyword, source: source.value } });
      }
    }
  },
  message: ({ keyword, source }) =>
    `\`${source}\` points above the build context, which the builder cannot see, so \`${keyword}\` does not copy what it says. Build from a wider context or pass the directory with \`--build-context\` and copy \`--from\` it.`,
});
