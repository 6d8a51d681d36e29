import type { Instruction, JSONInstruction } from "dockerfile-ast";
import { stageBaseTraits } from "../../dockerfile/base-images";
import { argumentsRangeOf, isJsonForm } from "../../dockerfile/instructions";
import { toRange } from "../../dockerfile/model";
import { firstPipe, setsPipefail } from "../../dockerfile/run";
import { inheritedInstructions } from "../../dockerfile/stages";
import type { TextEdit } from "../../types";
import { defineDockerfileRule } from "../types";

interface Data {
  /** The edit that turns pipefail on, when it is known to work with this stage's shell. */
  edit: TextEdit | undefined;
  how: "shell-instruction" | "set-in-run" | undefined;
}

/** The words of a SHELL instruction (undefined when it is not valid JSON, which the build rejects anyway). */
function shellWords(shell: Instruction): string[] | undefined {
  if (!isJsonForm(shell)) return undefined;
  return (shell as JSONInstruction).getJSONStrings().map((json) => json.getJSONValue());
}

function shellHasPipefail(words: string[]): boolean {
  return words.some((word, index) => word === "pipefail" && /^-[a-z]*o$/.test(words[index - 1] ?? ""));
}

const NON_POSIX_SHELL = /(pwsh|powershell|cmd(\.exe)?)$/i;

export default defineDockerfileRule<Data>({
  meta: {
    id: "use-pipefail",
    aliases: ["DL4006", "Shell Running A Pipe Without Pipefail Flag", "set-pipefail"],
    category: "reliability",
    severity: "warning",
    fileKind: "dockerfile",
    docs: {
      summary: "A `RUN` pipes commands without `pipefail`.",
      whatItDoes:
        "Flags the first `|` of a shell-form `RUN` (pipes fed by `echo`/`printf`, which cannot fail, excepted) when neither the stage's `SHELL` (`-o pipefail`, any POSIX shell) " +
        "nor the script itself (`set -o pipefail`, `set -euo pipefail`) turns pipefail on. Non-POSIX shells " +
        "(PowerShell, cmd) are skipped.",
      whyItMatters:
        "A pipeline's status is that of its last command: in `curl -fsSL $URL | tar -xz` a failed download still " +
        "\"succeeds\" if tar exits 0, and the image is built without the files.",
      example: "FROM debian:12-slim\nRUN curl -fsSL https://example.com/tool.tgz | tar -xz -C /opt\n",
      useInstead:
        'FROM debian:12-slim\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nRUN curl -fsSL https://example.com/tool.tgz | tar -xz -C /opt\n',
      fixSafety:
        "Unsafe, because a build that used to pass may now fail (that is the point). On bases known to have bash " +
        "(Debian, Ubuntu, full language images) the fix adds `SHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]` " +
        "before the first such `RUN` of the stage; on Alpine (no bash, but busybox ash knows pipefail) it starts the " +
        "script with `set -o pipefail &&`. On other bases no fix is offered: a SHELL naming a missing bash breaks every RUN.",
      whenNotToUse: "Pipelines whose first command is expected to fail (`yes | apt-get …`); add `|| true` where that is intended.",
    },
  },
  *check({ model }) {
    for (const stage of model.stages) {
      const own = new Set(stage.instructions);
      const traits = stageBaseTraits(model, stage);
      let shell: string[] | undefined;
      let fixOffered = false;
      for (const run of inheritedInstructions(model, stage)) {
        if (run.getKeyword() === "SHELL") shell = shellWords(run);
        if (run.getKeyword() !== "RUN" || !own.has(run)) continue;
        if (shell && (NON_POSIX_SHELL.test(shell[0] ?? "") || shellHasPipefail(shell))) continue;
        const pipe = firstPipe(run);
        if (!pipe || setsPipefail(run)) continue;
        const runStart = toRange(run.getRange()).start;
        const scriptRange = argumentsRangeOf(run);
        let data: Data = { edit: undefined, how: undefined };
        if (!shell && traits.bash === true && !fixOffered) {
          const at = { line: runStart.line, column: 1 };
          data = { edit: { range: { start: at, end: at }, text: 'SHELL ["/bin/bash", "-o", "pipefail", "-c"]\n' }, how: "shell-instruction" };
          fixOffered = true;
        } else if (!shell && traits.family === "alpine" && scriptRange) {
          const at = toRange(scriptRange).start;
          data = { edit: { range: { start: at, end: at }, text: "set -o pipefail && " }, how: "set-in-run" };
        }
        yield { range: pipe, data };
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
