import { argumentsSpan } from "../../dockerfile/model";
import type { Range } from "../../types";
import { defineDockerfileRule } from "../types";

interface Data {
  written: string;
  range: Range;
  /** The JSON form, when every word is plain. */
  rewritten: string | undefined;
}

export default defineDockerfileRule<Data>({
  meta: {
    id: "use-json-shell",
    aliases: ["shellJsonForm", "shellRequiresOne", "shell-instruction-json"],
    category: "correctness",
    severity: "error",
    fileKind: "dockerfile",
    docs: {
      summary: "`SHELL` is not written as a JSON array.",
      whatItDoes: "Flags `SHELL` instructions that are not a JSON array of strings, or that are empty.",
      whyItMatters: "Docker only accepts the JSON form for `SHELL`; anything else fails the build.",
      example: "FROM debian:12-slim\nSHELL /bin/bash -o pipefail -c\n",
      useInstead: 'FROM debian:12-slim\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\n',
      fixSafety: "Safe when every word is plain text: the same words become the JSON array Docker requires.",
      whenNotToUse: "Never: the builder rejects it.",
    },
  },
  check({ model }, report) {
    for (const shell of model.instructions) {
      if (shell.keyword !== "SHELL" || shell.form === "exec") continue;
      const range = (argumentsSpan(shell) ?? shell.keywordWord).range;
      const words = shell.args.map((word) => word.value);
      const plain = words.length > 0 && range.start.line === range.end.line && words.every((word) => /^[A-Za-z0-9_@%+=:,./-]+$/.test(word));
      report({ range, data: { written: shell.argsText, range, rewritten: plain ? JSON.stringify(words).replace(/","/g, '", "') : undefined } });
    }
  },
  message: ({ written }) =>
    written.trim() === ""
      ? '`SHELL` needs a JSON array naming the shell, e.g. `SHELL ["/bin/bash", "-c"]`; the build fails without it.'
      : `\`SHELL ${written}\` is not a JSON array, which Docker requires, so the build fails. Write it as \`["…", "…"]\`.`,
  fix: ({ range, rewritten }) => rewritten ? { title: "Write SHELL as a JSON array", applicability: "safe", edits: [{ range, text: rewritten }] } : undefined,
});
