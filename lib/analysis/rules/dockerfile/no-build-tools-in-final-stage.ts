import { flatMapped } from "../../arrays";
import type { CommandWord } from "../../dockerfile/commands";
import { copyOperands, type Instruction, type Stage, type Word } from "../../dockerfile/model";
import { stageLabel } from "../../dockerfile/stages";
import type { Range } from "../../types";
import { defineDockerfileRule, type DockerfileRuleContext } from "../types";
import { buildCommandName, hasBuilderStage, isToolImage, installedPackages, listNames, packageName, removesPackages, shippedStages, toolchainUses } from "./toolchain";

type Data =
  | { kind: "toolchain"; names: string[]; builder: string }
  | { kind: "fetcher"; tool: string; usedOn: number; builder: string }
  | { kind: "context"; builder: string; build: string };

/** Download and checkout tools: needed to fetch sources, rarely by the program itself. */
const FETCHERS = new Set(["git", "curl", "wget"]);

/** The stage that does the building: the first one that is needed and does not ship. */
function builderStage(stages: readonly Stage[]): Stage | undefined {
  return stages.find((stage) => stage.needed && !stage.ships);
}

/** The source word of a COPY/ADD that takes the whole build context (`COPY . .`, `COPY ./ /app/`). */
function copiesWholeContext(instruction: Instruction): Word | undefined {
  if ((instruction.keyword !== "COPY" && instruction.keyword !== "ADD") || instruction.flags.some((flag) => flag.name === "from")) return undefined;
  return copyOperands(instruction)?.sources.find((source) => source.value === "." || source.value === "./");
}

/** The command a builder stage compiles with, after taking the whole context; undefined if it does not. */
function wholeContextBuild(context: DockerfileRuleContext, stage: Stage): string | undefined {
  let copied = false;
  for (const instruction of stage.instructions) {
    if (copiesWholeContext(instruction)) copied = true;
    if (!copied || instruction.keyword !== "RUN") continue;
    const build = context.commands(instruction).map(buildCommandName).find(Boolean);
    if (build) return build;
  }
  return undefined;
}

/** git/curl/wget installed in a shipped stage, kept, and called only by RUN steps: the image keeps a build-time tool. */
function buildOnlyFetchers(context: DockerfileRuleContext, stages: readonly Stage[]): { word: CommandWord; tool: string; usedOn: number }[] {
  const found: { word: CommandWord; tool: string; usedOn: number }[] = [];
  const runtime = flatMapped(stages, (stage) => stage.instructions).filter((instruction) => ["CMD", "ENTRYPOINT", "HEALTHCHECK"].includes(instruction.keyword));
  const installs: { word: CommandWord; tool: string }[] = [];
  const usedOn = new Map<string, number>();
  for (const run of flatMapped(stages, (stage) => stage.instructions)) {
    if (run.keyword !== "RUN") continue;
    const commands = context.commands(run);
    const cleansUp = commands.some(removesPackages);
    for (const command of commands) {
      if (command.program && FETCHERS.has(command.program) && !usedOn.has(command.program)) usedOn.set(command.program, command.range.start.line);
      if (cleansUp) continue;
      for (const word of installedPackages(command)) if (FETCHERS.has(packageName(word))) installs.push({ word, tool: packageName(word) });
    }
  }
  for (const { word, tool } of installs) {
    const line = usedOn.get(tool);
    if (line === undefined || line < word.range.start.line) continue;
    if (runtime.some((instruction) => instruction.argsText.includes(tool))) continue;
    found.push({ word, tool, usedOn: line });
  }
  return found;
}

export default defineDockerfileRule<Data>({
  meta: {
    id: "no-build-tools-in-final-stage",
    aliases: ["final-stage-build-tools"],
    category: "size",
    severity: "warning",
    fileKind: "dockerfile",
    docs: {
      summary: "A multi-stage build still ships build tools or the whole build context.",
      whatItDoes:
        "When a Dockerfile has a builder stage, looks at the stages that ship (the final stage and the stages it is built " +
        "FROM) for: compiler and build-system packages installed for good (`gcc`, `build-essential`, `golang`, a JDK…) " +
        "or a build command run there (`go build`, `npm run build`…); `git`, `curl` or `wget` installed and then used only " +
        "by `RUN` steps (not by `CMD`, `ENTRYPOINT` or `HEALTHCHECK`); and `COPY . …` of the whole context when the " +
        "builder stage already compiles that context. A `RUN` that uninstalls its packages again is not counted, nor is " +
        "an image that declares no `CMD`, `ENTRYPOINT`, `EXPOSE` or `HEALTHCHECK` (a base or toolchain image).",
      whyItMatters:
        "The builder stage exists so that the toolchain, sources and download tools stay out of the image. Installing " +
        "them in the shipped stage undoes that: the image is larger, and every extra tool is attack surface and a " +
        "source of vulnerability reports.",
      example:
        "FROM golang:1.23 AS build\nWORKDIR /src\nCOPY . .\nRUN go build -o /out/app .\n\n" +
        "FROM debian:12-slim\nRUN apt-get update && apt-get install -y --no-install-recommends gcc \\\n && rm -rf /var/lib/apt/lists/*\n" +
        "COPY --from=build /out/app /usr/local/bin/app\nCMD [\"app\"]\n",
      useInstead:
        "FROM golang:1.23 AS build\nWORKDIR /src\nCOPY . .\nRUN go build -o /out/app .\n\n" +
        "FROM debian:12-slim\nCOPY --from=build /out/app /usr/local/bin/app\nCMD [\"app\"]\n",
      fixSafety: "No fix: moving a step into the builder stage means deciding which of its results the runtime needs.",
      whenNotToUse:
        "Programs that call a compiler or git at run time (plugin builders, deployment tools), and images meant as build " +
        "environments.",
    },
  },
  check(context, report) {
    const { model } = context;
    if (!hasBuilderStage(model)) return;
    const builder = builderStage(model.stages)!;
    const label = stageLabel(builder);
    const stages = shippedStages(model);
    if (isToolImage(stages)) return;
    const byInstruction = new Map<Instruction, { range: Range; names: string[] }>();
    for (const use of flatMapped(stages, (stage) => toolchainUses(context, stage))) {
      const entry = byInstruction.get(use.instruction) ?? { range: use.word.range, names: [] };
      entry.names.push(use.name);
      byInstruction.set(use.instruction, entry);
    }
    for (const { range, names } of byInstruction.values()) report({ range, data: { kind: "toolchain", names, builder: label } });
    for (const { word, tool, usedOn } of buildOnlyFetchers(context, stages)) {
      report({ range: word.range, data: { kind: "fetcher", tool, usedOn, builder: label } });
    }
    const build = wholeContextBuild(context, builder);
    if (!build) return;
    for (const instruction of flatMapped(stages, (stage) => stage.instructions)) {
      const source = copiesWholeContext(instruction);
      if (source) report({ range: source.range, data: { kind: "context", builder: label, build } });
    }
  },
  message: (data) => {
    if (data.kind === "toolchain") {
      return (
        `${listNames(data.names)} ${data.names.length > 1 ? "are" : "is"} in the shipped image although builder stage ${data.builder} exists: ` +
        "the toolchain ships with the program, making the image larger and adding attack surface. Build in the builder stage and `COPY --from` only the result."
      );
    }
    if (data.kind === "fetcher") {
      return (
        `\`${data.tool}\` is installed in the shipped image only for the build step on line ${data.usedOn}. Do that download or checkout in ` +
        `builder stage ${data.builder} and \`COPY --from\` what it fetched, so the tool stays out of the image.`
      );
    }
    return (
      `The whole build context is copied into the shipped image, although builder stage ${data.builder} already compiles it with \`${data.build}\`: ` +
      "sources, tests and configuration ship next to the build output. Copy only the built artifacts (and the files the program reads) from the builder stage."
    );
  },
});
