import { flatMapped } from "../../arrays";
import { composeBuilds } from "../../builds";
import { copyOperands, type Instruction, type Stage, type Word } from "../../dockerfile/model";
import { inheritedInstructions } from "../../dockerfile/stages";
import { basename, dirname, joinPath, normalizePath } from "../../paths";
import { parseShell, type ShellCommand } from "../../shell/parser";
import { LineIndex } from "../../text";
import type { Fix, Range } from "../../types";
import type { Workspace } from "../../workspace";
import { defineWorkspaceRule } from "../types";
import { startedWord, startInstructions } from "../../dockerfile/start-command";

interface Data {
  program: string;
  hasArguments: boolean;
  /** Where `exec ` goes, when it can be inserted as is (no leading assignments). */
  insertAt: Range | undefined;
  dockerfile: string;
}

/** Commands that end a script without being its main process (`exit`, `wait` after background jobs, messages). */
const NOT_A_PROCESS = new Set(["exec", "exit", "return", "wait", "true", "false", ":", "echo", "printf", "trap", "set", "shift", "unset", "export", "cd", "source", ".", "eval"]);
/** A `#!` line naming a POSIX shell (or none): other interpreters' scripts are not shell. */
const SHELL_SHEBANG = /^#!\s*\S*\/(env\s+)?(sh|bash|ash|dash|zsh|ksh)\b/;

/** The path in the review of the script an ENTRYPOINT/CMD word names, found through the COPY/ADD that put it in the image. */
function scriptSource(word: Word, at: Instruction, stage: Stage, context: string): string | undefined {
  const workdir = at.state.workdir.value ?? "/";
  const inImage = normalizePath(word.value.startsWith("/") ? word.value : joinPath(workdir, word.value));
  const name = basename(inImage);
  for (const copy of inheritedInstructions(stage)) {
    if ((copy.keyword !== "COPY" && copy.keyword !== "ADD") || copy.flags.some((flag) => flag.name === "from")) continue;
    const operands = copyOperands(copy);
    if (!operands) continue;
    const destination = normalizePath(operands.destination.value.startsWith("/") ? operands.destination.value : joinPath(copy.state.workdir.value ?? "/", operands.destination.value));
    for (const source of operands.sources) {
      if (source.value.includes("$") || source.value.includes("*")) continue;
      // `COPY . /app` then `./entrypoint.sh` in /app: the script's path below the destination is its path in the context.
      if ((source.value === "." || source.value === "./") && inImage.startsWith(`${destination.replace(/\/$/, "")}/`)) {
        return joinPath(context, inImage.slice(destination.replace(/\/$/, "").length + 1));
      }
      const inContext = joinPath(context, source.value.replace(/^\/+/, ""));
      const copiedAs = operands.sources.length === 1 && !operands.destination.value.endsWith("/") ? basename(destination) : basename(source.value);
      if (copiedAs === name || basename(source.value) === name) return inContext;
    }
  }
  return undefined;
}

/** The Dockerfile stages the review builds, each with the directory its files are copied from. */
function builtStages(workspace: Workspace): { path: string; stage: Stage; context: string }[] {
  const builds = composeBuilds(workspace);
  return flatMapped(workspace.files, (file) => {
    if (file.kind !== "dockerfile") return [];
    const users = builds.filter((build) => build.dockerfile === file.dockerfile);
    const uses = users.length > 0 ? users.map((build) => ({ stage: build.stage, context: build.context })) : [{ stage: file.dockerfile.finalStage, context: dirname(file.path) }];
    return flatMapped(uses, ({ stage, context }) => (stage ? [{ path: file.path, stage, context }] : []));
  });
}

/** True when the script defines a shell function of this name (`main() {`, `function main {`): `exec` cannot run it. */
function definesFunction(content: string, name: string): boolean {
  if (!/^[A-Za-z_][\w-]*$/.test(name) || !content.includes(name)) return false;
  return new RegExp(`^\\s*(function\\s+${name}\\b|${name}\\s*\\(\\s*\\))`, "m").test(content);
}

/** The script's last top-level command when the script ends with it (not inside an `if`, loop or function). */
function lastCommand(content: string): ShellCommand | undefined {
  const script = parseShell(content);
  if (script.error) return undefined;
  const topLevel = script.commands.filter((command) => command.context.length === 0);
  const last = topLevel.at(-1);
  if (!last || script.commands.some((command) => command.start > last.end)) return undefined;
  return last;
}

export default defineWorkspaceRule<Data>({
  meta: {
    id: "use-exec-in-entrypoint-script",
    aliases: ["entrypoint-script-exec"],
    category: "reliability",
    severity: "warning",
    fileKind: "workspace",
    docs: {
      summary: "The entrypoint script starts the main process without `exec`.",
      whatItDoes:
        "When the review includes the shell script an image's `ENTRYPOINT` (or `CMD`) runs, found through the `COPY` that " +
        "puts it in the image, flags its last command when it starts the program without `exec` (`\"$@\"`, " +
        "`node server.js`, `gosu app \"$@\"`). Scripts that end in an `if`, a loop, `wait`, `exit` or a call of one of " +
        "their own functions are not judged.",
      whyItMatters:
        "Without `exec` the shell stays PID 1 and the program runs as its child. The shell does not pass SIGTERM on, so " +
        "`docker stop` waits out its grace period and kills the program without a clean shutdown. `exec` replaces the " +
        "shell with the program, which then receives the signals.",
      example:
        "==> Dockerfile <==\nFROM node:22-slim\nCOPY docker-entrypoint.sh /usr/local/bin/\nENTRYPOINT [\"docker-entrypoint.sh\"]\nCMD [\"node\", \"server.js\"]\n" +
        "==> docker-entrypoint.sh <==\n#!/bin/sh\nset -e\nnpm run migrate\n\"$@\"\n",
      useInstead:
        "==> Dockerfile <==\nFROM node:22-slim\nCOPY docker-entrypoint.sh /usr/local/bin/\nENTRYPOINT [\"docker-entrypoint.sh\"]\nCMD [\"node\", \"server.js\"]\n" +
        "==> docker-entrypoint.sh <==\n#!/bin/sh\nset -e\nnpm run migrate\nexec \"$@\"\n",
      fixSafety:
        "The fix (unsafe) writes `exec ` before the command: the shell then ends there, so an `EXIT` trap or anything " +
        "else the script expected to run after the program stops no longer runs.",
      whenNotToUse: "Scripts that deliberately supervise the program (trap signals, restart it, clean up after it).",
    },
  },
  check({ workspace }, report) {
    // Only a script that is part of the review can be judged.
    if (!workspace.files.some((file) => file.kind === "other")) return;
    for (const { path, stage, context } of builtStages(workspace)) {
      const { entrypoint, cmd } = startInstructions(stage);
      const instruction = entrypoint ?? cmd;
      const word = instruction && startedWord(instruction);
      const source = word && scriptSource(word, instruction, stage, context);
      const script = source === undefined ? undefined : workspace.file(source);
      if (!script || script.kind !== "other") continue;
      const firstLine = script.content.split("\n", 1)[0]!;
      if (firstLine.startsWith("#!") && !SHELL_SHEBANG.test(firstLine)) continue;
      const last = lastCommand(script.content);
      const program = last?.words[0];
      if (!last || !program || NOT_A_PROCESS.has(program.value) || definesFunction(script.content, program.value)) continue;
      const lines = new LineIndex(script.content);
      report({
        path: script.path,
        range: lines.rangeOf(program.start, program.end),
        data: { program: program.raw, hasArguments: last.words.length > 1, insertAt: last.assignments.length === 0 ? lines.rangeOf(program.start, program.start) : undefined, dockerfile: path },
      });
    }
  },
  message: ({ program, hasArguments, dockerfile }) =>
    `The entrypoint script (run by ${dockerfile}) starts \`${program}\` without \`exec\`: the shell stays PID 1 and does not pass SIGTERM on, so \`docker stop\` waits and then kills the program. Write \`exec ${program}${hasArguments ? " …" : ""}\` so the program replaces the shell.`,
  fix: ({ insertAt }): Fix | undefined =>
    insertAt ? { title: "Start it with exec", applicability: "unsafe", edits: [{ range: insertAt, text: "exec " }] } : undefined,
});
