import { closestMatch } from "../../similar";
import type { Range } from "../../types";
import { defineDockerfileRule } from "../types";

const INSTRUCTIONS = [
  "ADD", "ARG", "CMD", "COPY", "ENTRYPOINT", "ENV", "EXPOSE", "FROM", "HEALTHCHECK", "LABEL", "MAINTAINER", "ONBUILD",
  "RUN", "SHELL", "STOPSIGNAL", "USER", "VOLUME", "WORKDIR",
];

interface Data {
  message: string;
  /** For an unknown instruction: the word written, and the closest instruction (a typo) if any. */
  unknown: { written: string; suggestion: string | undefined; range: Range } | undefined;
}

export default defineDockerfileRule<Data>({
  meta: {
    id: "dockerfile-syntax-error",
    aliases: ["DL1000", "instructionUnknown", "invalid_command", "unknown-instruction", "directiveEscapeInvalid"],
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
      fixSafety:
        "Replacing a misspelt keyword with the closest instruction (`RNU` → `RUN`) is offered as unsafe: the line may " +
        "instead be a lost continuation. Other malformed lines get no fix: their intent cannot be guessed safely.",
      whenNotToUse: "Never: a file with this finding does not build.",
    },
  },
  check({ model }, report) {
    for (const problem of model.problems) {
      const written = problem.unknownKeyword;
      const unknown = written === undefined ? undefined : { written, suggestion: closestMatch(written.toUpperCase(), INSTRUCTIONS), range: problem.range };
      report({ range: problem.range, data: { message: problem.message, unknown } });
    }
  },
  message: ({ message, unknown }) => {
    if (!unknown) return `${message} The build stops here.`;
    return unknown.suggestion
      ? `${message} The build stops here. Did you mean \`${unknown.suggestion}\`?`
      : `${message} The build stops here; if it continues the previous line, end that line with \`\\\`.`;
  },
  fix: ({ unknown }) =>
    unknown?.suggestion ? { title: `Write ${unknown.suggestion}`, applicability: "unsafe", edits: [{ range: unknown.range, text: unknown.suggestion }] } : undefined,
});
