import { stageBaseTraits } from "../../dockerfile/base-images";
import type { Command } from "../../dockerfile/commands";
import { insertBeforeInstruction } from "../../dockerfile/edits";
import type { DockerfileModel } from "../../dockerfile/model";
import type { Range, TextEdit } from "../../types";
import { defineDockerfileRule } from "../types";

interface Data {
  /** The edit that turns pipefail on, when it is known to work with this stage's shell. */
  edit: TextEdit | undefined;
  how: "shell-instruction" | "set-in-run" | undefined;
}

function shellHasPipefail(words: string[]): boolean {
  return words.some((word, index) => word === "pipefail" && /^-[a-z]*o$/.test(words[index - 1] ?? ""));
}

/** Commands that cannot fail in a way pipefail would report: a pipe fed by them hides nothing. */
const HARMLESS_PIPE_SOURCES = new Set(["echo", "printf"]);

/**
 * The `|` of the first pipe of a RUN's own script whose left-hand command could fail unnoticed, unless the script
 * turns pipefail on before it (`set -o pipefail`, `set -euo pipefail`).
 */
function firstRiskyPipe(model: DockerfileModel, commands: Command[]): Range | undefined {
  let previous: Command | undefined;
  for (const command of commands) {
    if (command.program === "set" && shellHasPipefail(command.args.map((word) => word.value))) return undefined;
    if (command.after === "|" && previous && !HARMLESS_PIPE_SOURCES.has(previous.program ?? "")) {
      const between = model.text.slice(previous.end, command.start);
      const bar = between.indexOf("|");
      if (bar >= 0) return model.rangeOf(previous.end + bar, previous.end + bar + 1);
    }
    previous = command;
  }
  return undefined;
}

export default defineDockerfileRule<Data>({
  meta: {
    id: "use-pipefail",
    aliases: ["DL4006", "Shell Running A Pipe Without Pipefail Flag", "set-pipefail"],
    category: "reliability",
    severity: "warning",
    fileKind: "dockerfile",
    profiles: { hadolint: "warning" },
    docs: {
      summary: "A `RUN` pipes commands without `pipefail`.",
      whatItDoes:
        "Flags the first `|` of a shell-form `RUN` (pipes fed by `echo`/`printf`, which cannot fail, excepted) when neither the stage's `SHELL` (`-o pipefail`, any POSIX shell) " +
        "nor the script itself (`set -o pipefail`, `set -euo pipefail`) turns pipefail on. Non-POSIX shells " +
        "(PowerShell, cmd) are skipped.",
      whyItMatters:
        "A pipeline's status is that of its last command: in `curl -fsSL $URL | tee key.asc` or " +
        "`curl … | sha256sum` a failed download still \"succeeds\" (both exit 0 on empty input), and the build carries on " +
        "with an empty file that fails far from the cause. `tar` happens to fail on an empty stream; most filters do not.",
      example: "FROM debian:12-slim\nRUN curl -fsSL https://example.com/key.asc | tee /etc/apt/keyrings/example.asc\n",
      useInstead:
        'FROM debian:12-slim\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nRUN curl -fsSL https://example.com/key.asc | tee /etc/apt/keyrings/example.asc\n',
      fixSafety:
        "Unsafe, because a build that used to pass may now fail (that is the point). On bases known to have bash " +
        "(Debian, Ubuntu, full language images) the fix adds `SHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]` " +
        "before the first such `RUN` of the stage; on Alpine (no bash, but busybox ash knows pipefail) it starts the " +
        "script with `set -o pipefail &&`. On other bases no fix is offered: a SHELL naming a missing bash breaks every RUN.",
      whenNotToUse: "Pipelines whose first command is expected to fail (`yes | apt-get …`); add `|| true` where that is intended.",
    },
  },
  check(context, report) {
    const { model } = context;
    for (const stage of model.stages) {
      const traits = stageBaseTraits(stage);
      let fixOffered = false;
      for (const run of stage.instructions) {
        if (run.keyword !== "RUN" || run.form !== "shell") continue;
        const shell = run.state.shell;
        // A SHELL instruction (here or inherited) decides; without one, the default `/bin/sh -c` runs the script.
        const ownShell = shell.instruction !== undefined;
        if (ownShell && shellHasPipefail(shell.value ?? [])) continue;
        const pipe = firstRiskyPipe(model, context.commands(run).filter((command) => command.origin === "run"));
        if (!pipe) continue;
        let data: Data = { edit: undefined, how: undefined };
        if (!ownShell && traits.bash === true && !fixOffered) {
          data = { edit: insertBeforeInstruction(model, run, 'SHELL ["/bin/bash", "-o", "pipefail", "-c"]'), how: "shell-instruction" };
          fixOffered = true;
        } else if (!ownShell && (traits.family === "alpine" || traits.family === "busybox")) {
          const at = run.args[0]!.start;
          data = { edit: { range: model.rangeOf(at, at), text: "set -o pipefail && " }, how: "set-in-run" };
        }
        report({ range: pipe, data });
      }
    }
  },
  message: () =>
    "Without `pipefail`, this pipeline succeeds whenever its last command does, so a failed download or build step goes unnoticed. Turn it on with `SHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]` (bash) or `set -o pipefail &&` at the start of the script.",
  fix: ({ edit, how }) =>
    edit && {
      title: how === "shell-instruction" ? "Use bash with pipefail for this stage's RUNs" : "Turn on pipefail in this RUN",
      applicability: "unsafe",
      edits: [edit],
    },
});
