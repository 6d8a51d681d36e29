import { defineDockerfileRule } from "../types";

const SYSTEM_SHELLS = new Set(["/bin/sh", "/usr/bin/sh"]);

export default defineDockerfileRule<{ target: string; source: string }>({
  meta: {
    id: "use-shell-instruction",
    aliases: ["DL4005", "Changing Default Shell Using RUN Command"],
    category: "maintainability",
    severity: "warning",
    fileKind: "dockerfile",
    profiles: { hadolint: "warning" },
    docs: {
      summary: "`/bin/sh` is replaced with a link instead of using `SHELL`.",
      whatItDoes: "Flags `ln` commands in `RUN` whose target is `/bin/sh`.",
      whyItMatters:
        "Relinking `/bin/sh` changes the shell of every script in the image, at build time and at run time, including " +
        "system scripts written for the original shell. `SHELL` changes only what runs your `RUN` instructions.",
      example: "FROM debian:12-slim\nRUN ln -sf /bin/bash /bin/sh\n",
      useInstead: 'FROM debian:12-slim\nSHELL ["/bin/bash", "-c"]\n',
      fixSafety: "No fix is offered: scripts run by the container may depend on the relinked shell.",
      whenNotToUse: "When the running container itself needs bash as `/bin/sh` (rare; fix those scripts' shebangs instead).",
    },
  },
  check(context, report) {
    for (const run of context.model.instructions) {
      if (run.keyword !== "RUN") continue;
      for (const command of context.commands(run)) {
        const target = command.args.at(-1);
        if (command.program !== "ln" || command.args.length < 2 || !target || !SYSTEM_SHELLS.has(target.value)) continue;
        const source = command.args.slice(0, -1).filter((word) => !word.value.startsWith("-")).at(-1)?.value ?? "another shell";
        report({ range: context.model.rangeOf(command.programWord!.start, target.end), data: { target: target.value, source } });
      }
    }
  },
  message: ({ target, source }) =>
    `Linking \`${target}\` to \`${source}\` changes the shell for every script in the image, not just for \`RUN\`. Use \`SHELL ["${source}", "-c"]\` instead.`,
});
