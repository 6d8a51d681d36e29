import type { Command } from "../../dockerfile/commands";
import { defineDockerfileRule } from "../types";

interface Data {
  program: string;
  reason: string;
}

const EDITOR = "opens an interactive editor, which has no terminal during a build; edit files with `sed`, or `COPY` them in";
const REASONS = new Map<string, string>(Object.entries({
  vim: EDITOR, vi: EDITOR, nano: EDITOR, emacs: EDITOR, pico: EDITOR,
  ssh: "logs in to another machine from the build, which needs keys in the image and a network the build may not have",
  shutdown: "tries to stop a machine; a build step is a process in a container, not a booted system",
  reboot: "tries to restart a machine; a build step is a process in a container, not a booted system",
  halt: "tries to stop a machine; a build step is a process in a container, not a booted system",
  poweroff: "tries to stop a machine; a build step is a process in a container, not a booted system",
  ps: "shows the processes of the build container, which only exist while the step runs",
  top: "is an interactive monitor with no terminal during a build",
  htop: "is an interactive monitor with no terminal during a build",
  free: "shows the memory of the build machine, not of the containers that will run the image",
  ifconfig: "shows the network of the build container, not of the containers that will run the image",
  mount: "needs privileges a build step does not have; use `RUN --mount` to bring files into a step",
  umount: "needs privileges a build step does not have; use `RUN --mount` to bring files into a step",
  kill: "stops a process, but nothing this step started is running: each `RUN` starts with no processes",
  pkill: "stops a process, but nothing this step started is running: each `RUN` starts with no processes",
  killall: "stops a process, but nothing this step started is running: each `RUN` starts with no processes",
  service: "starts a service that is stopped as soon as the step ends; start it in `CMD`/`ENTRYPOINT` instead",
  systemctl: "starts a service that is stopped as soon as the step ends; start it in `CMD`/`ENTRYPOINT` instead",
}));

const KILLERS = new Set(["kill", "pkill", "killall"]);
const STARTS = new Set(["start", "restart", "reload"]);
/** vim/vi options that run it as a script (ex mode, commands), without a terminal. */
const SCRIPTED_VIM = /^(-[eEs]+|-c|--cmd|-S|\+.*|-es|-Es|--not-a-term)$/;

/**
 * Whether `command` at `index` is pointless in a build, given the rest of its RUN; `firstStarted` gives the position of
 * the RUN's first command that starts something (in the background, or as a service), -1 if none.
 */
function isPointless(commands: Command[], index: number, firstStarted: () => number): boolean {
  const command = commands[index]!;
  const program = command.program!;
  const next = commands[index + 1];
  if (program === "vim" || program === "vi") return !command.args.some((word) => SCRIPTED_VIM.test(word.value));
  if (program === "service" || program === "systemctl") {
    // `service mysql start && mysql -e …` uses the service in the same step; only a start nothing uses is pointless.
    const action = program === "service" ? command.operands[1]?.value : command.operands[0]?.value;
    return action !== undefined && STARTS.has(action) && next === undefined;
  }
  if (KILLERS.has(program)) {
    // Stopping what the step started in the background (or as a service) is fine.
    const started = firstStarted();
    return started < 0 || started >= index;
  }
  if (program === "ps" || program === "free" || program === "ifconfig") {
    // Read by another command (`ps aux | grep`, `$(free -m)`): part of a script, not a leftover.
    return !command.context.includes("substitution") && command.after !== "|" && next?.after !== "|";
  }
  return true;
}

export default defineDockerfileRule<Data>({
  meta: {
    id: "no-pointless-command",
    aliases: ["DL3001", "Run Utilities And POSIX Commands", "nonsensical-command"],
    category: "maintainability",
    severity: "info",
    fileKind: "dockerfile",
    profiles: { hadolint: "info" },
    docs: {
      summary: "A `RUN` runs a command that makes no sense at build time.",
      whatItDoes:
        "Flags interactive editors (`vim`, `nano`…), `ssh`, `shutdown`/`reboot`, `top`, `mount`, and `ps`/`free`/`ifconfig` " +
        "whose output nothing reads, in `RUN`. Unlike hadolint, it accepts what works in a build: `service x start` " +
        "followed by commands that use the service, `kill` of a process the same step started, `vim -es`/`vim +PlugInstall +qa`, " +
        "and `ps … | grep`.",
      whyItMatters:
        "A build step is a short-lived process without a terminal or privileges: these commands hang, fail, or report on " +
        "the build machine instead of the running container. Usually they are left over from an interactive session.",
      example: "FROM debian:12-slim\nRUN apt-get update && apt-get install -y nginx && service nginx start\n",
      useInstead: "FROM debian:12-slim\nRUN apt-get update && apt-get install -y nginx\nCMD [\"nginx\", \"-g\", \"daemon off;\"]\n",
      fixSafety: "No fix is offered: what the command was meant to do belongs elsewhere (`CMD`, `sed`, `COPY`).",
      whenNotToUse: "Debugging builds, where `ps` or `free` in the log is wanted for a while.",
    },
  },
  check(context, report) {
    for (const run of context.model.instructions) {
      if (run.keyword !== "RUN") continue;
      const commands = context.commands(run);
      let started: number | undefined;
      const firstStarted = () => (started ??= commands.findIndex((earlier) => earlier.context.includes("background") || earlier.program === "service" || earlier.program === "systemctl"));
      for (const [index, command] of commands.entries()) {
        const program = command.program;
        const reason = program === undefined ? undefined : REASONS.get(program);
        if (!reason || !command.programWord!.literal || !isPointless(commands, index, firstStarted)) continue;
        if (program === "ssh" && context.run(run).mounts.some((mount) => mount.type === "ssh")) continue;
        report({ range: command.programWord!.range, data: { program: program!, reason } });
      }
    }
  },
  message: ({ program, reason }) => `\`${program}\` ${reason}.`,
});
