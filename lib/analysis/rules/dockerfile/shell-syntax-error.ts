import { defineDockerfileRule } from "../types";

export default defineDockerfileRule<{ message: string }>({
  meta: {
    id: "shell-syntax-error",
    aliases: [],
    category: "correctness",
    severity: "error",
    fileKind: "dockerfile",
    profiles: { hadolint: "error" },
    docs: {
      summary: "A `RUN` script is not valid shell.",
      whatItDoes:
        "Parses every shell-form `RUN` (and `sh -c` strings and heredoc scripts) and reports the first syntax error " +
        "of each script at its place. Other rules still read the commands before the error.",
      whyItMatters: "`/bin/sh` rejects the whole script, so the build fails at this instruction.",
      example: "FROM alpine:3.20\nRUN if true; then echo hi\n",
      useInstead: "FROM alpine:3.20\nRUN if true; then echo hi; fi\n",
      fixSafety: "No fix is offered: the intended script cannot be guessed safely.",
      whenNotToUse: "Stages whose `SHELL` is not a POSIX shell are already skipped.",
    },
  },
  check(context, report) {
    for (const instruction of context.model.instructions) {
      if (instruction.keyword !== "RUN" || !instruction.stage) continue;
      for (const error of context.run(instruction).shellErrors) report({ range: error.range, data: { message: error.message } });
    }
  },
  message: ({ message }) => `Shell syntax error: ${message}. The shell rejects the whole script, so this RUN fails.`,
});
