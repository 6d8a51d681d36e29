import { defineDockerfileRule } from "../types";

export default defineDockerfileRule<{ command: string }>({
  meta: {
    id: "no-sudo",
    aliases: ["DL3004", "DS-0010", "CKV2_DOCKER_1", "Run Using Sudo", "no-sudo-in-dockerfile", "sudo_usage", "DKL-DI-0001"],
    category: "security",
    severity: "warning",
    fileKind: "dockerfile",
    profiles: { hadolint: "error" },
    docs: {
      summary: "`sudo` is used in a `RUN`.",
      whatItDoes:
        "Flags `sudo` in front of a command of a `RUN` (also after `&&`, in `sh -c` scripts and in shell heredocs), " +
        "using the engine's shell parser rather than a text search, so `echo sudo` or a package named `sudo` does not count.",
      whyItMatters:
        "Build steps already run as the stage's `USER`; `sudo` only works when the image ships sudo and a sudoers rule, " +
        "which then lets any process in the container become root. Its TTY and signal handling also surprise at run time.",
      example: "FROM debian:12-slim\nUSER 1000\nRUN sudo apt-get update\n",
      useInstead: "FROM debian:12-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*\nUSER 1000\n",
      fixSafety: "No fix is offered: the step may need to move before the `USER` instruction, which only you can decide.",
      whenNotToUse: "Images that deliberately give an interactive user sudo (development containers), where the build uses it knowingly.",
    },
  },
  check(context, report) {
    for (const run of context.model.instructions) {
      if (run.keyword !== "RUN") continue;
      for (const command of context.commands(run)) {
        const sudo = command.wrappers.find((word) => word.value === "sudo");
        if (sudo) report({ range: sudo.range, data: { command: command.program ?? "the command" } });
      }
    }
  },
  message: ({ command }) =>
    `\`sudo ${command}\`: build steps run as the stage's \`USER\`, and shipping sudo lets any process in the container become root. Run this step before switching \`USER\` (as root), without sudo.`,
});
