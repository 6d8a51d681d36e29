import { stageBaseTraits } from "../../dockerfile/base-images";
import type { Command } from "../../dockerfile/commands";
import type { Instruction, Stage } from "../../dockerfile/model";
import { inheritedInstructions } from "../../dockerfile/stages";
import type { DockerfileRuleContext } from "../types";
import { defineDockerfileRule } from "../types";

interface Data {
  /** Where ` --progress=dot:giga` goes (after the `wget` word), when the stage's wget is known to be GNU wget. */
  insertAt: number | undefined;
  /** In an exec-form RUN the option is a JSON string of its own. */
  execForm: boolean;
}

/** Options after which wget prints no progress (or prints it elsewhere). */
const QUIET = ["--progress", "--quiet", "--no-verbose", "--output-file", "--append-output"];
const INSTALLS = [["apk", "add"], ["apt-get", "install"], ["apt", "install"], ["yum", "install"], ["dnf", "install"], ["microdnf", "install"], ["zypper", "install"]] as const;

const installsWget = (command: Command) =>
  INSTALLS.some(([program, subcommand]) => command.is(program, subcommand)) && command.operands.some((operand) => operand.value === "wget");

/**
 * True when `wget` in this RUN is GNU wget: the base image's own (Debian, Ubuntu…), or one installed by an earlier
 * step. BusyBox's wget (Alpine, busybox, distroless debug) has no `--progress` and prints no dot lines anyway; undefined: unknown.
 */
function isGnuWget(context: DockerfileRuleContext, stage: Stage, run: Instruction): boolean | undefined {
  const installed = inheritedInstructions(stage).some((earlier) => earlier.keyword === "RUN" && earlier.start <= run.start && context.commands(earlier).some(installsWget));
  if (installed) return true;
  const family = stageBaseTraits(stage).family;
  if (family === "alpine" || family === "busybox" || family === "distroless") return false;
  return family === "debian" || family === "ubuntu" || family === "buildpack" ? true : undefined;
}

export default defineDockerfileRule<Data>({
  meta: {
    id: "use-wget-progress",
    aliases: ["DL3047"],
    category: "style",
    severity: "info",
    fileKind: "dockerfile",
    profiles: { hadolint: "info" },
    docs: {
      summary: "`wget` without `--progress` fills the build log with progress dots.",
      whatItDoes:
        "Flags `wget` in a `RUN` without `--progress=…`, `-q`, `-nv`, `-o` or `-a`. Stages whose wget is BusyBox's " +
        "(Alpine, busybox, distroless debug), which has no `--progress` option, are skipped unless GNU wget was installed.",
      whyItMatters:
        "Without a terminal, GNU wget prints its progress as lines of dots, one per few kilobytes: a large download " +
        "adds thousands of lines to the build log and hides the output that matters.",
      example: "FROM debian:12-slim\nRUN apt-get update && apt-get install -y wget && wget https://example.com/tool.tar.gz\n",
      useInstead: "FROM debian:12-slim\nRUN apt-get update && apt-get install -y wget && wget --progress=dot:giga https://example.com/tool.tar.gz\n",
      fixSafety:
        "The fix inserts `--progress=dot:giga` (one dot per megabyte); safe, and offered only where the stage's wget is " +
        "known to be GNU wget.",
      whenNotToUse: "Builds whose logs nobody reads.",
    },
  },
  check(context, report) {
    for (const run of context.model.instructions) {
      if (run.keyword !== "RUN" || !run.stage) continue;
      for (const command of context.commands(run)) {
        if (!command.is("wget") || QUIET.some((name) => command.has(name))) continue;
        const gnu = isGnuWget(context, run.stage, run);
        if (gnu === false) continue;
        report({ range: command.programWord!.range, data: { insertAt: gnu && command.programWord!.literal ? command.programWord!.end : undefined, execForm: run.form === "exec" } });
      }
    }
  },
  message: () =>
    "`wget` without `--progress` prints a line of dots every few kilobytes into the build log. Add `--progress=dot:giga` (or `-nv`).",
  fix: ({ insertAt, execForm }, { model }) =>
    insertAt === undefined ? undefined : {
      title: "Add --progress=dot:giga",
      applicability: "safe",
      edits: [{ range: model.rangeOf(insertAt, insertAt), text: execForm ? ', "--progress=dot:giga"' : " --progress=dot:giga" }],
    },
});
