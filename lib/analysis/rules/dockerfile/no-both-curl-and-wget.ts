import { sourceText } from "../../dockerfile/instructions";
import { runCommands, type Word } from "../../dockerfile/run";
import { inheritedInstructions } from "../../dockerfile/stages";
import { defineDockerfileRule } from "../types";

interface Data {
  tool: string;
  other: string;
  otherLine: number;
}

const TOOLS = new Set(["curl", "wget"]);
const INSTALLERS: Record<string, string> = { "apt-get": "install", apt: "install", apk: "add", yum: "install", dnf: "install", microdnf: "install" };

/** A RUN that uninstalls packages (docker-library's `apt-mark auto … purge` pattern, `apk del`) leaves no tools behind. */
const REMOVES_PACKAGES = /\b(apt-get\s+(purge|remove|autoremove)|apt-mark\s+auto|apk\s+del|yum\s+remove|dnf\s+remove)\b/;

/** Words that bring curl or wget into the image: a call, or a package install naming it. */
function toolWords(words: Word[]): Word[] {
  const [program, ...rest] = words;
  if (!program) return [];
  if (TOOLS.has(program.value)) return [program];
  const subcommand = INSTALLERS[program.value];
  if (subcommand && rest.some((word) => word.value === subcommand)) return rest.filter((word) => TOOLS.has(word.value));
  return [];
}

export default defineDockerfileRule<Data>({
  meta: {
    id: "no-both-curl-and-wget",
    aliases: ["DL4001", "DS-0014", "Run Using 'wget' and 'curl'", "use-either-wget-or-curl"],
    category: "size",
    severity: "info",
    fileKind: "dockerfile",
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
  *check({ model }) {
    const stage = model.finalStage;
    if (!stage) return;
    const firstUse = new Map<string, number>();
    for (const run of inheritedInstructions(model, stage)) {
      if (run.getKeyword() !== "RUN" || REMOVES_PACKAGES.test(sourceText(run))) continue;
      for (const word of runCommands(run, /\b(curl|wget)\b/).flatMap(toolWords)) {
        if (firstUse.has(word.value)) continue;
        const other = word.value === "curl" ? "wget" : "curl";
        const otherLine = firstUse.get(other);
        firstUse.set(word.value, word.range.start.line);
        if (otherLine !== undefined) {
          yield { range: word.range, data: { tool: word.value, other, otherLine } };
          return;
        }
      }
    }
  },
  message: ({ tool, other, otherLine }) =>
    `The image already gets \`${other}\` (line ${otherLine}); adding \`${tool}\` means two tools for the same job to patch and ship. Use one of them throughout.`,
});
