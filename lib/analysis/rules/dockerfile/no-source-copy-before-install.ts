import { DerivedKey } from "../../derived";
import type { Instruction, Stage } from "../../dockerfile/model";
import { derivedAlongLineage, inheritedInstructions, stageLabel } from "../../dockerfile/stages";
import { defineDockerfileRule, type DockerfileRuleContext } from "../types";
import { contextCopiesIn, contextCopiesOf, isWholeContext, packageDownload, sourceNames, type ContextCopy, type PackageDownload } from "./support/dependency-installs";

interface Data {
  /** The whole-context copy as written: `COPY . .`. */
  copy: string;
  copyLine: number;
  /** ` in stage \`build\`` when the Dockerfile has several stages. */
  where: string;
  /** The install as written, `npm ci`, and its line. */
  install: string;
  installLine: number;
  manifests: string[];
  /** The install that should follow the manifests, when it differs from the one written (`cargo fetch` for `cargo build`). */
  step: string;
  /** The manifests are already copied alone earlier: only the install has to move up. */
  manifestsCopiedEarlier: boolean;
}

const FIRST_WHOLE_COPY = new DerivedKey<ContextCopy | null>("first copy of the whole build context");

/** The first copy of the whole build context in a stage and the stages it builds on; null when there is none. */
function firstWholeCopy(context: DockerfileRuleContext, stage: Stage): ContextCopy | null {
  return derivedAlongLineage(stage, FIRST_WHOLE_COPY, null, (inherited, each) =>
    inherited ?? contextCopiesIn(context, each).find((copy) => copy.sources.some((source) => isWholeContext(source.value))) ?? null);
}

const list = (names: string[]) => names.map((name) => `\`${name}\``).join(" and ");

/** An install of the same manager's declared dependencies in the lineage before `until`: a re-install after it is deliberate. */
function installedBefore(context: DockerfileRuleContext, until: Instruction, manager: PackageDownload["manager"]): boolean {
  // The instructions before the copy are those of its own stage and the stages that one builds on.
  for (const instruction of inheritedInstructions(until.stage!)) {
    if (instruction === until) return false;
    if (instruction.keyword !== "RUN") continue;
    const installs = context.commands(instruction).map(packageDownload);
    if (installs.some((download) => download?.manager === manager && download.manifests)) return true;
  }
  return false;
}

export default defineDockerfileRule<Data>({
  meta: {
    id: "no-source-copy-before-install",
    aliases: ["copy-manifests-before-install"],
    category: "performance",
    severity: "info",
    fileKind: "dockerfile",
    docs: {
      summary: "The whole source is copied before the dependency install, so every code change re-installs everything.",
      whatItDoes:
        "Flags a `COPY . .` (or another copy of the whole build context) that comes before the install of a project's " +
        "declared dependencies in the same stage: `npm ci`/`npm install`, `yarn install`, `pnpm install`, " +
        "`pip install -r`, `uv sync`, `poetry install`, `bundle install`, `go mod download`, `composer install`, " +
        "`cargo fetch`/`cargo build`, `mvn dependency:go-offline`/`mvn package`. The message names the files to copy first.",
      whyItMatters:
        "Docker reuses a layer only while everything before it is unchanged. After `COPY . .`, editing any source file " +
        "invalidates the install's layer, so every build downloads and installs all dependencies again. Copying only " +
        "the manifest and lockfile first, installing, and then copying the rest keeps the install cached until the " +
        "dependencies themselves change.",
      example: "FROM node:22-slim\nWORKDIR /app\nCOPY . .\nRUN npm ci\nCMD [\"node\", \"server.js\"]\n",
      useInstead: "FROM node:22-slim\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN npm ci\nCOPY . .\nCMD [\"node\", \"server.js\"]\n",
      fixSafety: "No fix is offered: which files the install needs (workspaces, local packages, patches) is for you to check.",
      whenNotToUse: "Builds that always start without a layer cache (some CI setups), where the order makes no difference.",
    },
  },
  check(context, report) {
    // Whether a manager installed before a whole-context copy, by copy and manager: stages built on one another share it.
    const installedEarlier = new Map<string, boolean>();
    for (const stage of context.model.stages) {
      if (!stage.needed) continue;
      // Read when the stage installs something: most stages do not.
      let whole: ContextCopy | null | undefined;
      const reported = new Set<string>();
      for (const run of stage.instructions) {
        if (run.keyword !== "RUN") continue;
        for (const command of context.commands(run)) {
          const download = packageDownload(command);
          if (!download?.manifests || reported.has(download.manager.name)) continue;
          whole ??= firstWholeCopy(context, stage);
          if (!whole || run.index < whole.instruction.index) break;
          const { manager } = download;
          const key = `${whole.instruction.index} ${manager.name}`;
          if (!installedEarlier.has(key)) installedEarlier.set(key, installedBefore(context, whole.instruction, manager));
          if (installedEarlier.get(key)) continue;
          reported.add(manager.name);
          const source = whole.sources.find((word) => isWholeContext(word.value))!;
          const manifests = download.manifests;
          const { instruction } = whole;
          const earlierCopies = contextCopiesOf(context, instruction.stage!).filter((copy) => copy.instruction.index < instruction.index);
          const manifestsCopiedEarlier = manifests.every((name) => earlierCopies.some((copy) => copy.sources.some((word) => sourceNames(word.value, name))));
          const install = command.subcommand ? `${command.programWord!.value} ${command.subcommand.value}` : command.programWord!.value;
          report({
            range: source.range,
            data: {
              copy: `${whole.instruction.keywordWord.raw} ${whole.instruction.argsText}`,
              copyLine: whole.instruction.range.start.line,
              where: context.model.stages.length > 1 ? ` in stage ${stageLabel(stage)}` : "",
              install,
              installLine: command.range.start.line,
              manifests,
              step: download.prefetch ?? install,
              manifestsCopiedEarlier,
            },
          });
        }
      }
    }
  },
  message: ({ copy, copyLine, where, install, installLine, manifests, step, manifestsCopiedEarlier }) =>
    `\`${copy}\` (line ${copyLine}) copies the whole source before \`${install}\` (line ${installLine})${where}, so any code change re-runs the install. ` +
    (manifestsCopiedEarlier
      ? `The manifests are already copied on their own earlier: run \`${step}\` right after that copy, before \`${copy}\`.`
      : `Copy ${list(manifests)} first, run \`${step}\`, then copy the rest.`),
});
