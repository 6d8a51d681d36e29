import type { Command, CommandWord } from "../../dockerfile/commands";
import type { Stage } from "../../dockerfile/model";
import type { TextEdit } from "../../types";
import { defineDockerfileRule, type DockerfileRuleContext } from "../types";
import { insertAfterWord, insertBeforeWord, mayHideOptions } from "./package-managers";
import { writesAptSetting } from "../../dockerfile/run";
import { lookupTable } from "../../lookup";

interface Data {
  /** The command as written: `apt-get install`, `zypper in`. */
  command: string;
  /** The flag that answers the prompt for this manager. */
  flag: string;
  insert: TextEdit | undefined;
}

interface PromptingManager {
  /** Subcommands that ask "Do you want to continue?" (canonical names from specs.ts). */
  subcommands: ReadonlySet<string>;
  flag: string;
  answered(command: Command): boolean;
  /** The dry-run option: a simulation changes nothing and never asks. */
  simulate: string;
  /** Where the fix puts the flag: after the subcommand, or (zypper's global `-n`) before it. */
  insert(context: DockerfileRuleContext, at: CommandWord): TextEdit | undefined;
}

/** apt answers yes with `-y`, with quiet level 2 (`-qq`, `-q -q`, `-q=2`, `--quiet=2`), or `-o APT::Get::Assume-Yes=true`. */
function aptAnswered(command: Command): boolean {
  let quiet = 0;
  for (const option of command.options) {
    if (option.name === "-y") return true;
    if (option.name === "-qq") quiet += 2;
    else if (option.name === "-q") quiet += option.word.value === "-q=2" || option.value?.value === "2" ? 2 : 1;
    else if (option.name === "-o" && /^APT::Get::Assume-Yes=(true|yes|1)$/i.test(option.value?.value ?? "")) return true;
  }
  return quiet >= 2;
}

const rpmAnswered = (command: Command) =>
  command.has("-y") || command.options.some((option) => option.name === "--setopt" && /^assumeyes=(true|yes|1)$/i.test(option.value?.value ?? ""));

const APT: PromptingManager = {
  subcommands: new Set(["install", "remove", "purge", "autoremove", "upgrade", "dist-upgrade", "build-dep"]),
  flag: "-y",
  answered: aptAnswered,
  simulate: "-s",
  insert: (context, at) => insertAfterWord(context, at, "-y"),
};
const RPM: PromptingManager = {
  subcommands: new Set(["install", "groupinstall", "localinstall", "reinstall", "remove", "update", "upgrade-minimal", "downgrade", "autoremove", "distro-sync", "swap", "group"]),
  flag: "-y",
  answered: rpmAnswered,
  simulate: "--assumeno",
  insert: (context, at) => insertAfterWord(context, at, "-y"),
};

/** microdnf is left out on purpose: it never prompts (its `-y` "does nothing, always assume yes"). */
const MANAGERS = lookupTable<PromptingManager>({
  "apt-get": APT,
  "apt": APT,
  "yum": RPM,
  "dnf": RPM,
  "tdnf": RPM,
  "zypper": {
    subcommands: new Set(["install", "remove", "source-install", "patch", "update", "dist-upgrade"]),
    flag: "-n",
    answered: (command) => command.has("-n") || command.has("-y"),
    simulate: "-D",
    insert: (context, at) => insertBeforeWord(context, at, "-n"),
  },
});

/** The word naming what the command does: the subcommand, or the `install` of `dnf group install`. */
function actionWord(command: Command): CommandWord | undefined {
  if (command.subcommandName === "group") {
    const action = command.operands[0];
    return action && ["install", "remove", "upgrade"].includes(action.value) ? action : undefined;
  }
  return command.subcommand;
}

/** Input piped or redirected in (`yes | apt-get install …`, `<<< y`) answers the prompt; xargs and `< /dev/null` give none. */
const hasInput = (command: Command) =>
  (command.after === "|" && !command.moreOperandsFromStdin)
  || command.redirects.some((redirect) => redirect.operator.startsWith("<") && redirect.target?.value !== "/dev/null");

export default defineDockerfileRule<Data>({
  meta: {
    id: "require-assume-yes",
    aliases: [
      "DL3014", "DL3030", "DL3034", "DL3038", "DS-0021",
      "APT-GET Missing Flags To Avoid Manual Input", "Yum Install Allows Manual Input", "Missing Flag From Dnf Install",
      "Missing Zypper Non-interactive Switch", "missing-assume-yes-switch", "missing-yum-assume-yes-switch",
      "missing-dnf-assume-yes-switch", "missing-zypper-no-confirm-switch", "apt-get_missing_param",
    ],
    category: "reliability",
    severity: "warning",
    fileKind: "dockerfile",
    profiles: { hadolint: "warning" },
    docs: {
      summary: "A package manager may stop at a confirmation prompt.",
      whatItDoes:
        "Flags `apt-get`/`apt` `install`, `remove`, `purge`, `upgrade`…, `yum`/`dnf`/`tdnf` `install`, `remove`, " +
        "`update`… and `zypper` `install`, `remove`, `update`, `patch`, `source-install`… run without the manager's " +
        "\"assume yes\" switch: `-y` (or apt's `-qq`, `-o APT::Get::Assume-Yes=true`, or that setting written to an apt " +
        "configuration file by an earlier `RUN`), `--assumeyes`, zypper's `-n`/`-y`. " +
        "Input piped into the command (`yes | …`) counts as an answer; simulations (`apt-get -s`, `zypper --dry-run`), " +
        "`microdnf` (which never prompts) and options hidden in an unknown variable (`$APT_OPTS`) are not flagged.",
      whyItMatters:
        "A build has no terminal: the prompt reads end-of-file, answers no, and the step fails with `Abort.` — but only " +
        "when the manager decides to ask (apt asks when extra packages come along), so the build breaks later, on a " +
        "dependency change. `DEBIAN_FRONTEND=noninteractive` does not answer this prompt; it only silences debconf questions.",
      example: "FROM debian:12-slim\nRUN apt-get update && apt-get install --no-install-recommends curl\n",
      useInstead: "FROM debian:12-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl\n",
      fixSafety:
        "Safe: the flag only answers the prompt the build cannot answer. It is inserted after the subcommand " +
        "(`install -y`), or before it for zypper's global `-n` (`zypper -n install`).",
      whenNotToUse: "Never in a Dockerfile: nobody can answer the prompt. A script that reads answers from a file can pipe them in.",
    },
  },
  check(context, report) {
    // Whether apt assumes yes at the end of each stage: a stage built on it (`FROM <stage>`) starts with that.
    const assumesYesAtEnd = new Map<Stage, boolean>();
    for (const stage of context.model.stages) {
      let aptAssumesYes = (stage.base.stage && assumesYesAtEnd.get(stage.base.stage)) ?? false;
      for (const run of stage.instructions) {
        if (run.keyword !== "RUN") continue;
        for (const command of context.commands(run)) {
          const manager = command.program === undefined ? undefined : MANAGERS[command.program];
          if (!manager || !manager.subcommands.has(command.subcommandName ?? "") || (manager === APT && aptAssumesYes)) continue;
          const action = actionWord(command);
          if (!action || manager.answered(command) || command.has(manager.simulate) || hasInput(command)) continue;
          if (mayHideOptions(context, run, command)) continue;
          const written = command.subcommandName === "group" ? `${command.subcommand!.value} ${action.value}` : action.value;
          report({
            range: command.range,
            data: { command: `${command.program} ${written}`, flag: manager.flag, insert: manager.insert(context, action) },
          });
        }
        // `APT::Get::Assume-Yes "true";` in an apt.conf.d file: only later RUNs see it.
        aptAssumesYes ||= writesAptSetting(context.model, run, "APT::Get::Assume-Yes", "true|yes|1");
      }
      assumesYesAtEnd.set(stage, aptAssumesYes);
    }
  },
  message: ({ command, flag }) =>
    `\`${command}\` runs without \`${flag}\`: when it asks for confirmation, the build has no one to answer and fails with "Abort.". Add \`${flag}\`.`,
  fix: ({ flag, insert }) => insert && { title: `Add \`${flag}\``, applicability: "safe", edits: [insert] },
});
