import { stageBaseTraits, type ImageTraits } from "../../dockerfile/base-images";
import { healthcheckCommand } from "../../dockerfile/healthcheck";
import type { DockerfileModel, Instruction } from "../../dockerfile/model";
import { inheritedInstructions } from "../../dockerfile/stages";
import { defineDockerfileRule } from "../types";

type Data = { kind: "tool"; tool: "curl" | "wget"; family: string; advice: string } | { kind: "no-shell"; family: string };

/** True when some RUN, COPY or ADD of the image's stages mentions the tool (installs, downloads or copies it). */
function mayProvide(model: DockerfileModel, instructions: readonly Instruction[], tool: string): boolean {
  const word = new RegExp(`\\b${tool}\\b`);
  return instructions.some((instruction) => ["RUN", "COPY", "ADD"].includes(instruction.keyword) && word.test(model.text.slice(instruction.start, instruction.end)));
}

function advice(tool: "curl" | "wget", traits: ImageTraits): string {
  if (tool === "curl" && traits.wget) return "Use `wget -q --spider <url>` instead: busybox wget is in the image.";
  if (traits.shell === false) return "Ship a small healthcheck binary and call it in exec form.";
  return `Install ${tool} in this stage, or call a healthcheck script in the language of your app.`;
}

export default defineDockerfileRule<Data>({
  meta: {
    id: "no-unavailable-healthcheck-tool",
    aliases: ["healthcheck-tool-available"],
    category: "reliability",
    severity: "warning",
    fileKind: "dockerfile",
    docs: {
      summary: "The `HEALTHCHECK` calls a tool the image does not have.",
      whatItDoes:
        "Flags the shipped image's `HEALTHCHECK` when it calls `curl` or `wget` (or uses the shell form) and the base " +
        "image is known not to contain it (`scratch`, distroless, alpine without curl, debian/ubuntu/slim without either) " +
        "and no `RUN`/`COPY` of the image's stages mentions the tool. Unknown base images are not judged.",
      whyItMatters:
        "The check fails with \"not found\" every time, so the container is reported unhealthy forever: Compose " +
        "dependants never start and orchestrators keep restarting a working service.",
      example: "FROM node:22-alpine\nEXPOSE 3000\nHEALTHCHECK CMD curl -f http://localhost:3000/health || exit 1\n",
      useInstead: "FROM node:22-alpine\nEXPOSE 3000\nHEALTHCHECK CMD wget -q --spider http://localhost:3000/health || exit 1\n",
      fixSafety: "No fix is offered: `curl -f` and `wget --spider` differ in details (redirects, methods) you should check.",
      whenNotToUse: "When the tool arrives in a way this review cannot see (a base image of your own with it installed).",
    },
  },
  check({ model }, report) {
    const stage = model.finalStage;
    if (!stage) return;
    const instructions = inheritedInstructions(stage);
    const healthcheck = instructions.filter((instruction) => instruction.keyword === "HEALTHCHECK").at(-1);
    const parsed = healthcheck && healthcheckCommand(model, healthcheck);
    if (!parsed || parsed.words.length === 0) return;
    const { execForm, words: command } = parsed;
    const traits = stageBaseTraits(stage);
    if (!execForm && traits.shell === false) {
      report({ range: model.rangeOf(command[0]!.start, command.at(-1)!.end), data: { kind: "no-shell", family: traits.family } });
      return;
    }
    const programs = execForm ? command.slice(0, 1) : command;
    for (const word of programs) {
      const tool = word.value.replace(/^.*\//, "");
      if ((tool === "curl" || tool === "wget") && traits[tool] === false && !mayProvide(model, instructions, tool)) {
        report({ range: word.range, data: { kind: "tool", tool, family: traits.family, advice: advice(tool, traits) } });
        return;
      }
    }
  },
  message: (data) =>
    data.kind === "no-shell"
      ? `This shell-form \`HEALTHCHECK\` needs \`/bin/sh\`, which ${data.family} images do not have, so the check always fails. Use the exec form with a binary that is in the image.`
      : `\`${data.tool}\` is not in ${data.family} images and nothing in this Dockerfile installs it, so the check always fails and the container is marked unhealthy. ${data.advice}`,
});
