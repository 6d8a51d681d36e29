import { cmdRunsAsGiven } from "../../dockerfile/base-images";
import { argumentsSpan } from "../../dockerfile/model";
import { hasPosixShell } from "../../dockerfile/run";
import type { Applicability, Range } from "../../types";
import { defineDockerfileRule } from "../types";

interface Data {
  keyword: string;
  range: Range;
  /** The words when the command is plain enough to rewrite exactly; undefined otherwise. */
  plainWords: string[] | undefined;
  /** The stage's `SHELL`, when it is more than a POSIX shell with error-handling options. */
  shell: string | undefined;
  applicability: Applicability;
}

/**
 * A SHELL that is a POSIX shell with error-handling options only (`/bin/bash -o pipefail -c`, `sh -eux -c`): the
 * program sees the same environment without it. A login shell (`bash -l -c`) or a wrapper (`conda run …`) does not.
 */
function isPlainShell(shell: readonly string[]): boolean {
  const [program, ...options] = shell;
  return /^(\/usr)?(\/bin\/)?(sh|bash|dash|ash)$/.test(program ?? "") && options.every((option) => /^-[cefuvxo]+$/.test(option) || /^(pipefail|errexit|nounset|xtrace)$/.test(option));
}

/** Characters that give a shell-form command shell semantics the exec form would not reproduce. */
const PLAIN_WORD = /^[A-Za-z0-9_@%+=:,./-]+$/;
/** First words only a shell understands: an assignment (`NODE_ENV=production node …`) or a builtin. */
const SHELL_ONLY_START = /=|^(\.|source|cd|set|export|unset|alias|ulimit|umask|trap|eval|exit|true|false)$/;

const jsonArray = (words: readonly string[]) => `[${words.map((word) => JSON.stringify(word)).join(", ")}]`;

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
        "Offered only when every word is plain (no variables, quotes, globs or operators): the same program gets the " +
        "same arguments, and now runs as PID 1 and receives signals. Safe for `CMD` under the default shell when no " +
        "ENTRYPOINT takes it as arguments (none in the file, and a base image known to have none, or node's, which runs " +
        "the command it is given: scratch, Alpine, Debian, Ubuntu, python, golang, node…). Unsafe when one may: the entrypoint then receives the command's words instead of " +
        "`/bin/sh -c \"…\"` (postgres' entrypoint initialises the database only when its first argument is `postgres`); " +
        "unsafe under a stage's own `SHELL` (the program no longer runs inside it: a conda environment, a login profile) " +
        "and for `ENTRYPOINT`, which in exec form also receives the `CMD` and `docker run`'s arguments. Commands " +
        "relying on the shell get no fix.",
      whenNotToUse:
        "When you need shell features and run the process with `exec` inside the string (`CMD exec node server.js`, " +
        "which this rule accepts).",
    },
  },
  check({ model }, report) {
    for (const instruction of model.instructions) {
      const { keyword } = instruction;
      // Under PowerShell or cmd (Windows images) there is no `/bin/sh -c` and no SIGTERM to miss.
      if ((keyword !== "CMD" && keyword !== "ENTRYPOINT") || instruction.form === "exec" || !hasPosixShell(instruction)) continue;
      const span = argumentsSpan(instruction);
      // `CMD exec server`: the shell replaces itself with the server, which is PID 1 and gets the signals.
      if (!span || instruction.args[0]?.value === "exec") continue;
      const { range } = span;
      const words = instruction.args.map((word) => word.raw);
      const singleLine = range.start.line === range.end.line;
      const written = instruction.state.shell.instruction ? instruction.state.shell.value : undefined;
      const shell = written && !isPlainShell(written) ? written.join(" ") : undefined;
      // Without the SHELL (`conda run …`, `bash -l -c`) the program may see another environment; an exec-form
      // ENTRYPOINT also takes the CMD and `docker run`'s arguments, which the shell form ignores; and a CMD is the
      // arguments of any ENTRYPOINT (`/bin/sh -c …` before, the words after: a `docker-entrypoint.sh` tells them apart).
      const behindEntrypoint = keyword === "CMD" && (instruction.stage === undefined || !cmdRunsAsGiven(instruction.stage));
      const applicability: Applicability = shell !== undefined || keyword === "ENTRYPOINT" || behindEntrypoint ? "unsafe" : "safe";
      report({
        range,
        data: {
          keyword,
          range,
          plainWords: singleLine && words.every((word) => PLAIN_WORD.test(word)) && !SHELL_ONLY_START.test(words[0]!) ? words : undefined,
          shell,
          applicability,
        },
      });
    }
  },
  message: ({ keyword, shell, plainWords }) =>
    `\`${keyword}\` in shell form runs under \`${shell ?? "/bin/sh -c"}\`, so your process is not PID 1 and never sees SIGTERM from \`docker stop\`. ` +
    (plainWords
      ? `Write it as a JSON array: \`${keyword} ${jsonArray(plainWords)}\`.`
      : `Write it as a JSON array (e.g. \`${keyword} ["node", "server.js"]\`), or start the string with \`exec\` when it needs the shell.`),
  fix: ({ keyword, range, plainWords, applicability }) =>
    plainWords && {
      title: `Rewrite ${keyword} in exec form`,
      applicability,
      edits: [{ range, text: jsonArray(plainWords) }],
    },
});
