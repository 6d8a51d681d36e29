import { argumentsSpan } from "../../dockerfile/model";
import { defineDockerfileRule } from "../types";

/** Kernel- and boot-managed directories: a WORKDIR or VOLUME there is shadowed by the runtime's mounts. */
const SYSTEM_DIRECTORIES: Record<string, readonly string[]> = {
  WORKDIR: ["/proc", "/sys", "/dev", "/boot", "/initrd", "/lost+found"],
  VOLUME: ["/proc", "/sys", "/dev"],
};

function systemDirectoryOf(keyword: string, path: string): string | undefined {
  const normalized = path.replace(/\/+$/, "") || "/";
  return SYSTEM_DIRECTORIES[keyword]?.find((directory) => normalized === directory || normalized.startsWith(`${directory}/`));
}

export default defineDockerfileRule<{ keyword: string; path: string; directory: string }>({
  meta: {
    id: "no-system-directory",
    aliases: ["DS-0030", "DKL-DI-0002"],
    category: "correctness",
    severity: "error",
    fileKind: "dockerfile",
    docs: {
      summary: "`WORKDIR` or `VOLUME` points into a system directory.",
      whatItDoes:
        "Flags `WORKDIR` under `/proc`, `/sys`, `/dev`, `/boot`, `/initrd` or `/lost+found`, and `VOLUME` on `/proc`, `/sys` or `/dev`.",
      whyItMatters:
        "The container runtime mounts its own `/proc`, `/sys` and `/dev` over these paths: files put there vanish, " +
        "and a volume there fails to start or exposes host devices.",
      example: "FROM alpine:3.20\nWORKDIR /proc/app\n",
      useInstead: "FROM alpine:3.20\nWORKDIR /srv/app\n",
      fixSafety: "No fix is offered: pick a directory of your own.",
      whenNotToUse: "Never in ordinary images.",
    },
  },
  check({ model }, report) {
    for (const instruction of model.instructions) {
      const { keyword } = instruction;
      if (keyword !== "WORKDIR" && keyword !== "VOLUME") continue;
      const span = keyword === "WORKDIR" ? argumentsSpan(instruction) : undefined;
      const paths = keyword === "VOLUME" ? instruction.args : span ? [{ value: instruction.argsText, range: span.range }] : [];
      for (const { value, range } of paths) {
        const directory = systemDirectoryOf(keyword, value);
        if (directory) report({ range, data: { keyword, path: value, directory } });
      }
    }
  },
  message: ({ keyword, path, directory }) =>
    `\`${keyword} ${path}\` is inside \`${directory}\`, which the container runtime mounts over at start, so this cannot work as intended. Use a directory of your own, such as \`/srv/app\`.`,
});
