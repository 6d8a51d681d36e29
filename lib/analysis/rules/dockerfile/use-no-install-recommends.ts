import { isAptInstall, type Command } from "../../dockerfile/commands";
import type { Stage } from "../../dockerfile/model";
import type { TextEdit } from "../../types";
import { defineDockerfileRule } from "../types";
import { insertAfterWord, mayHideOptions } from "./package-managers";
import { writesAptSetting } from "../../dockerfile/run";

interface Data {
  program: string;
  insert: TextEdit | undefined;
}

const RECOMMENDS_OFF = /^APT::Install-Recommends=["']?(false|0|no)["']?$/i;

/** The install chose about recommends itself: `--no-install-recommends`, `-o APT::Install-Recommends=false`, or `--install-recommends`. */
const choosesRecommends = (command: Command) =>
  command.has("--no-install-recommends") || command.has("--install-recommends")
  || command.options.some((option) => option.name === "-o" && RECOMMENDS_OFF.test(option.value?.value ?? ""));

export default defineDockerfileRule<Data>({
  meta: {
    id: "use-no-install-recommends",
    aliases: ["DL3015", "DS-0029", "APT-GET Not Avoiding Additional Packages", "missing-no-install-recommends", "apt-get_recommends"],
    category: "size",
    severity: "info",
    fileKind: "dockerfile",
    profiles: { hadolint: "info" },
    docs: {
      summary: "`apt-get install` also installs recommended packages.",
      whatItDoes:
        "Flags `apt-get install` (and `apt install`) in a stage that ships when it neither passes `--no-install-recommends` " +
        "(or `-o APT::Install-Recommends=false`) nor asks for recommends explicitly with `--install-recommends`, and no " +
        "earlier `RUN` of the stage wrote `APT::Install-Recommends \"false\";` to an apt configuration file.",
      whyItMatters:
        "By default apt installs every package the requested ones merely *recommend*: documentation tools, X11 " +
        "libraries, compilers. They often add tens to hundreds of megabytes nobody uses, and widen the attack surface.",
      example: "FROM debian:12-slim\nRUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*\n",
      useInstead:
        "FROM debian:12-slim\nRUN apt-get update && apt-get install -y --no-install-recommends ca-certificates curl && rm -rf /var/lib/apt/lists/*\n",
      fixSafety:
        "Unsafe: some programs need a package they only recommend (curl needs `ca-certificates` for HTTPS, for " +
        "instance). After the fix, add the recommended packages you rely on to the install explicitly.",
      whenNotToUse:
        "Stages that never ship (the rule already skips them), and images that deliberately want the full recommended " +
        "set (desktop or documentation images): pass `--install-recommends` to say so.",
    },
  },
  check(context, report) {
    // Whether apt is configured without Recommends at the end of each stage: a stage built on it starts with that.
    const configuredAtEnd = new Map<Stage, boolean>();
    for (const stage of context.model.stages) {
      let configured = (stage.base.stage && configuredAtEnd.get(stage.base.stage)) ?? false;
      for (const run of stage.instructions) {
        if (run.keyword !== "RUN") continue;
        for (const command of stage.ships ? context.commands(run) : []) {
          if (!isAptInstall(command) || choosesRecommends(command) || configured || mayHideOptions(context, run, command)) continue;
          report({ range: command.range, data: { program: command.program!, insert: insertAfterWord(context, command.subcommand!, "--no-install-recommends") } });
        }
        // `APT::Install-Recommends "false";` in an apt.conf.d file: only later RUNs see it.
        configured ||= writesAptSetting(context.model, run, "APT::Install-Recommends", "false|0|no");
      }
      configuredAtEnd.set(stage, configured);
    }
  },
  message: ({ program }) =>
    `\`${program} install\` also installs the packages these recommend, often tens of megabytes the image never uses. Add \`--no-install-recommends\` and list any recommended package you need.`,
  fix: ({ insert }) => insert && { title: "Add `--no-install-recommends`", applicability: "unsafe", edits: [insert] },
});
