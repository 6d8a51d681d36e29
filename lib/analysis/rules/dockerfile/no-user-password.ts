import type { Command } from "../../dockerfile/commands";
import { defineDockerfileRule } from "../types";
import { pipedFrom, writtenProgram } from "./support/commands";

interface Data {
  /** The command as written: `chpasswd`, `passwd -d`, `useradd -p`. */
  action: string;
  /** The account, when the command names it literally. */
  user: string | undefined;
  removes: boolean;
}

/** The `user` of a literal `echo 'user:password'` piped into the command. */
function pipedUser(commands: Command[], index: number): string | undefined {
  const source = pipedFrom(commands, index);
  if (source?.program !== "echo" && source?.program !== "printf") return undefined;
  const line = source.operands.find((word) => word.literal && word.value.includes(":"));
  return line?.value.split(":")[0] || undefined;
}

export default defineDockerfileRule<Data>({
  meta: {
    id: "no-user-password",
    aliases: ["CKV2_DOCKER_17"],
    category: "security",
    severity: "warning",
    fileKind: "dockerfile",
    docs: {
      summary: "A `RUN` sets or removes an account's password.",
      whatItDoes:
        "Flags `chpasswd`, `passwd --stdin` or `passwd` fed by a pipe, `passwd -d` (empty password), and " +
        "`useradd`/`usermod -p`/`--password` in a `RUN` of a stage that ships, naming the account when it is written out. " +
        "A locked password (`-p '*'`, `-p '!'`) is not reported.",
      whyItMatters:
        "A container is entered with `docker exec`, which needs no password: a password only adds a way in (for " +
        "`su`, or an SSH server) that every container of the image shares. Its hash stays in `/etc/shadow` of the " +
        "layer, and the password itself in the Dockerfile and the image history. An empty password is worse.",
      example: "FROM ubuntu:24.04\nRUN useradd -m app && echo 'app:app123' | chpasswd\nUSER app\n",
      useInstead: "FROM ubuntu:24.04\nRUN useradd -m -u 10001 app\nUSER 10001\n",
      fixSafety: "No fix is offered: anything that logs in with the password (an SSH server, `su`) has to change first.",
      whenNotToUse: "Images that deliberately run an SSH server for a lab or a test; suppress the line with a reason.",
    },
  },
  check(context, report) {
    for (const run of context.model.instructions) {
      // A builder stage's accounts do not reach the image.
      if (run.keyword !== "RUN" || !run.stage?.ships) continue;
      const commands = context.commands(run);
      for (const [index, command] of commands.entries()) {
        const program = command.program;
        if (program !== "chpasswd" && program !== "passwd" && program !== "useradd" && program !== "usermod") continue;
        const user = command.operands.at(-1)?.literal ? command.operands.at(-1)!.value : undefined;
        if (program === "chpasswd") {
          report({ range: command.programWord!.range, data: { action: "chpasswd", user: pipedUser(commands, index), removes: false } });
        } else if (program === "passwd") {
          const remove = command.options.find((option) => option.written === "-d" || option.written === "--delete");
          const stdin = command.options.find((option) => option.written === "--stdin");
          if (remove) report({ range: remove.word.range, data: { action: `passwd ${remove.written}`, user, removes: true } });
          else if (stdin || command.after === "|") report({ range: (stdin?.word ?? command.programWord!).range, data: { action: stdin ? "passwd --stdin" : "passwd", user, removes: false } });
        } else if (program === "useradd" || program === "usermod") {
          const password = command.options.find((option) => option.written === "-p" || option.written === "--password");
          // `*`, `!`, `!!`: a locked account, the opposite of a password.
          if (password?.value && !/^(\*|!+\*?)$/.test(password.value.value)) {
            const range = context.model.rangeOf(password.word.start, password.value.word.end);
            report({ range, data: { action: `${writtenProgram(command)} ${password.written}`, user, removes: false } });
          }
        }
      }
    }
  },
  message: ({ action, user, removes }) =>
    `\`${action}\` ${removes ? "removes the password of" : "sets a password for"} ${user ? `\`${user}\`` : "an account"} in the image, ` +
    `so every container shares ${removes ? "a passwordless login" : "that login, and its hash stays in the layer's `/etc/shadow`"}. ` +
    "Containers are entered with `docker exec`, which needs no password: leave the account without one (locked).",
});
