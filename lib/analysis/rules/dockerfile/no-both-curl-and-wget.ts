import { flatMapped } from "../../arrays";
import type { Command, CommandWord } from "../../dockerfile/commands";
import { inheritedInstructions } from "../../dockerfile/stages";
import { defineDockerfileRule } from "../types";
import { installedPackages, removesPackages } from "./toolchain";

interface Data {
  tool: string;
  other: string;
  otherLine: number;
}

const TOOLS = new Set(["curl", "wget"]);

/** Words that bring curl or wget into the image: a call, or a package install naming it. */
function toolWords(command: Command): CommandWord[] {
  if (command.program && TOOLS.has(command.program) && command.programWord) return [command.programWord];
  return installedPackages(command).filter((word) => TOOLS.has(word.value));
}

export default defineDockerfileRule<Data>({
  meta: {
    id: "no-both-curl-and-wget",
    aliases: ["DL4001", "DS-0014", "Run Using 'wget' and 'curl'", "use-either-wget-or-curl"],
    category: "size",
    severity: "info",
    fileKind: "dockerfile",
    profiles: { hadolint: "warning" },
    docs: {
      summary: "The shipped image uses both curl and wget.",
      whatItDoes:
        "Flags the first use or install of the second of `curl` and `wget` in the stages that ship (the final stage and " +
        "the stages it builds on). Builder stages are not judged: their tools do not ship; neither are `RUN`s that " +
        "uninstall packages again (`apt-get purge`, `apk del`), the usual fetch-then-remove pattern.",
      whyItMatters: "Both tools do the same job; keeping one means fewer packages to patch and a slightly smaller image.",
      example: "FROM debian:12-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl wget\n",
      useInstead: "FROM debian:12-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl\n",
      fixSafety: "No fix is offered: the commands using the other tool must be rewritten.",
      whenNotToUse: "When a base image already ships both and you only call them.",
    },
  },
  check(context, report) {
    const stage = context.model.finalStage;
    if (!stage) return;
    const firstUse = new Map<string, number>();
    for (const run of inheritedInstructions(stage)) {
      if (run.keyword !== "RUN") continue;
      const commands = context.commands(run);
      if (commands.some(removesPackages)) continue;
      for (const word of flatMapped(commands, toolWords)) {
        const tool = word.value.replace(/^.*\//, "");
        if (firstUse.has(tool)) continue;
        const other = tool === "curl" ? "wget" : "curl";
        const otherLine = firstUse.get(other);
        firstUse.set(tool, word.range.start.line);
        if (otherLine !== undefined) {
          report({ range: word.range, data: { tool, other, otherLine } });
          return;
        }
      }
    }
  },
  message: ({ tool, other, otherLine }) =>
    `The image already gets \`${other}\` (line ${otherLine}); adding \`${tool}\` means two tools for the same job to patch and ship. Use one of them throughout.`,
});
