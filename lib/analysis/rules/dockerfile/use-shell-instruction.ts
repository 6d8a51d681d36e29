import { instructionsWith } from "../../dockerfile/instructions";
import { runCommands } from "../../dockerfile/run";
import type { Range } from "../../types";
import { defineDockerfileRule } from "../types";

const SYSTEM_SHELLS = new Set(["/bin/sh", "/usr/bin/sh"]);

export default defineDockerfileRule<{ target: string; source: string }>({
  meta: {
    id: "use-shell-instruction",
    aliases: ["DL4005", "Changing Default Shell Using RUN Command"],
    category: "maintainability",
    severity: "warning",
    fileKind: "dockerfile",
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
  *check({ model }) {
    for (const run of instructionsWith(model, "RUN")) {
      for (const words of runCommands(run, /\bln\b[\s\S]*\/sh\b/)) {
        const target = words.at(-1);
        if (words[0]?.value !== "ln" || words.length < 3 || !target || !SYSTEM_SHELLS.has(target.value)) continue;
        const source = words.slice(1, -1).filter((word) => !word.value.startsWith("-")).at(-1)?.value ?? "another shell";
        const range: Range = { start: words[0].range.start, end: target.range.end };
        yield { range, data: { target: target.value, source } };
      }
    }
  },
  message: ({ target, source }) =>
    `Linking \`${target}\` to \`${source}\` changes the shell for every script in the image, not just for \`RUN\`. Use \`SHELL ["${source}", "-c"]\` instead.`,
});
