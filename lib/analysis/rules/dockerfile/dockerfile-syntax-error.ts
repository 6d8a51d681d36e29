import { defineDockerfileRule } from "../types";

export default defineDockerfileRule<{ message: string }>({
  meta: {
    id: "dockerfile-syntax-error",
    aliases: ["DL1000"],
    category: "correctness",
    severity: "error",
    fileKind: "dockerfile",
    profiles: { hadolint: "error" },
    docs: {
      summary: "The Dockerfile has an instruction the build rejects.",
      whatItDoes:
        "Reports what BuildKit would refuse: an unknown instruction keyword, an instruction without its arguments, " +
        "a heredoc that is never closed, an invalid `# escape=` directive. The rest of the file is still reviewed.",
      whyItMatters: "The build stops at the first such line, so nothing after it is ever built.",
      example: "FROM alpine:3.20\nRUNN echo hi\n",
      useInstead: "FROM alpine:3.20\nRUN echo hi\n",
      fixSafety: "No fix is offered: the intent of a malformed line cannot be guessed safely.",
      whenNotToUse: "Never: a file with this finding does not build.",
    },
  },
  *check({ model }) {
    for (const problem of model.problems) yield { range: problem.range, data: { message: problem.message } };
  },
  message: ({ message }) => `${message} The build stops here.`,
});
