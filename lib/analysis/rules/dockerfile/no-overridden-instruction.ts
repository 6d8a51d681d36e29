import { removeInstruction } from "../../dockerfile/edits";
import type { Instruction } from "../../dockerfile/model";
import { stageLabel } from "../../dockerfile/stages";
import { defineDockerfileRule } from "../types";

interface Data {
  keyword: string;
  laterLine: number;
  stage: string;
  overridden: Instruction;
}

/** Instructions of which only the last one in a stage takes effect. */
const LAST_ONE_WINS = ["CMD", "ENTRYPOINT", "HEALTHCHECK"];

export default defineDockerfileRule<Data>({
  meta: {
    id: "no-overridden-instruction",
    aliases: [
      "DL3012", "DL4003", "DL4004", "MultipleInstructionsDisallowed", "DS-0007", "DS-0016", "DS-0023",
      "Multiple CMD Instructions Listed", "Multiple ENTRYPOINT Instructions Listed", "multiple-cmd-instructions",
      "multiple-entrypoint-instructions", "instructionMultiple",
    ],
    category: "correctness",
    severity: "warning",
    fileKind: "dockerfile",
    profiles: { hadolint: "error" },
    docs: {
      summary: "A `CMD`, `ENTRYPOINT` or `HEALTHCHECK` is overridden later in the same stage.",
      whatItDoes: "Flags every `CMD`, `ENTRYPOINT` and `HEALTHCHECK` that a later one of the same kind in the stage replaces.",
      whyItMatters:
        "Only the last one takes effect. The earlier line looks like configuration but does nothing, so a reader (or a " +
        "reviewer) trusts a command that never runs.",
      example: 'FROM node:22-slim\nCMD ["node", "server.js"]\nCMD ["npm", "start"]\n',
      useInstead: 'FROM node:22-slim\nCMD ["npm", "start"]\n',
      fixSafety: "Safe: the removed instruction had no effect on the image.",
      whenNotToUse: "Never; if you keep an alternative command for reference, keep it in a comment.",
    },
  },
  check({ model }, report) {
    for (const stage of model.stages) {
      for (const keyword of LAST_ONE_WINS) {
        const all = stage.instructions.filter((instruction) => instruction.keyword === keyword);
        const last = all[all.length - 1];
        for (const overridden of all.slice(0, -1)) {
          report({ range: overridden.range, data: { keyword, laterLine: last!.range.start.line, stage: stageLabel(stage), overridden } });
        }
      }
    }
  },
  message: ({ keyword, laterLine, stage }) =>
    `This \`${keyword}\` never takes effect: the \`${keyword}\` on line ${laterLine} replaces it in stage ${stage}. Remove it (or merge the two).`,
  fix: ({ keyword, overridden }, { model }) => ({ title: `Remove the overridden ${keyword}`, applicability: "safe", edits: [removeInstruction(model, overridden)] }),
});
