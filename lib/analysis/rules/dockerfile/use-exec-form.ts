import { argumentsSpan } from "../../dockerfile/model";
import { hasPosixShell } from "../../dockerfile/run";
import type { Range } from "../../types";
import { defineDockerfileRule } from "../types";

interface Data {
  keyword: string;
  range: Range;
  /** The words when the command is plain enough to rewrite exactly; undefined otherwise. */
  plainWords: string[] | undefined;
}

/** Characters that give a shell-form command shell semantics the exec form would not reproduce. */
const PLAIN_WORD = /^[A-Za-z0-9_@%+=:,./-]+$/;

export default defineDockerfileRule<Data>({
  meta: {
    id: "use-exec-form",
    aliases: ["JSONArgsRecommended", "DL3025"],
    category: "reliability",
    severity: "warning",
    fileKind: "dockerfile",
    profiles: { hadolint: "warning" },
    docs: {
      summary: "`CMD`/`ENTRYPOINT` use the shell form.",
      whatItDoes:
        "Flags `CMD` and `ENTRYPOINT` written as a plain string instead of a JSON array, unless the stage's `SHELL` is " +
        "PowerShell or cmd (Windows images), where the command may be a shell command such as `Start-Sleep`.",
      whyItMatters:
        "The shell form runs the command under `/bin/sh -c`, so the shell is PID 1 and your process never receives " +
        "`SIGTERM`: `docker stop` waits its full timeout and then kills the process without a clean shutdown.",
      example: "FROM node:22-bookworm-slim\nCMD node server.js\n",
      useInstead: 'FROM node:22-bookworm-slim\nCMD ["node", "server.js"]\n',
      fixSafety:
        "Offered as safe only when every word is plain (no variables, quotes, globs or operators): the same program " +
        "gets the same arguments, and now runs as PID 1 and receives signals. Commands relying on the shell get no fix.",
      whenNotToUse:
        "When you need shell features and run the process with `exec` inside the string (`CMD exec node server.js`).",
    },
  },
  check({ model }, report) {
    for (const instruction of model.instructions) {
      const { keyword } = instruction;
      // Under PowerShell or cmd (Windows images) there is no `/bin/sh -c` and no SIGTERM to miss.
      if ((keyword !== "CMD" && keyword !== "ENTRYPOINT") || instruction.form === "exec" || !hasPosixShell(instruction)) continue;
      const span = argumentsSpan(instruction);
      if (!span) continue;
      const { range } = span;
      const words = instruction.args.map((word) => word.raw);
      const singleLine = range.start.line === range.end.line;
      report({
        range,
        data: { keyword, range, plainWords: singleLine && words.every((word) => PLAIN_WORD.test(word)) ? words : undefined },
      });
    }
  },
  message: ({ keyword }) =>
    `\`${keyword}\` in shell form runs under \`/bin/sh -c\`, so your process is not PID 1 and never sees SIGTERM from \`docker stop\`. Write it as a JSON array, e.g. \`${keyword} ["node", "server.js"]\`.`,
  fix: ({ keyword, range, plainWords }) =>
    plainWords && {
      title: `Rewrite ${keyword} in exec form`,
      applicability: "safe",
      edits: [{ range, text: `[${plainWords.map((word) => JSON.stringify(word)).join(", ")}]` }],
    },
});
