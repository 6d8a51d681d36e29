import type { Instruction } from "dockerfile-ast";
import { argumentsRangeOf, instructionRange, isJsonForm } from "../../dockerfile/instructions";
import { toRange } from "../../dockerfile/model";
import { hasHeredoc, runFlagsText } from "../../dockerfile/run";
import { isShipped } from "../../dockerfile/stages";
import type { Range } from "../../types";
import { defineDockerfileRule } from "../types";

interface Data {
  previousLine: number;
  /** From the end of the previous RUN to the start of this one's script, when the two can be joined. */
  join: Range | undefined;
}

function isPlainRun(instruction: Instruction): boolean {
  return instruction.getKeyword() === "RUN" && !isJsonForm(instruction) && !hasHeredoc(instruction) && argumentsRangeOf(instruction) !== null;
}

export default defineDockerfileRule<Data>({
  meta: {
    id: "no-consecutive-run",
    aliases: ["DL3059", "Multiple RUN, ADD, COPY, Instructions Listed"],
    category: "size",
    severity: "info",
    fileKind: "dockerfile",
    enabledByDefault: false,
    docs: {
      summary: "Consecutive `RUN` instructions could be one.",
      whatItDoes:
        "Flags a `RUN` that directly follows another `RUN` with the same flags in a stage that ships (comments between " +
        "them do not break the sequence). Off by default.",
      whyItMatters:
        "Each `RUN` is a layer: files a later layer deletes still ship in the earlier one, and many small layers pull " +
        "more slowly. The trade-off: separate `RUN`s cache separately, which speeds up rebuilds while you iterate, and " +
        "builder stages never ship, so they are not flagged at all.",
      example: "FROM debian:12-slim\nRUN apt-get update\nRUN apt-get install -y --no-install-recommends curl\n",
      useInstead: "FROM debian:12-slim\nRUN apt-get update \\\n && apt-get install -y --no-install-recommends curl\n",
      fixSafety:
        "Joining with `&&` is offered as unsafe: shell state (`cd`, `export`, `set`) now carries over to the second " +
        "script, and the cache boundary between them disappears. Not offered when comments sit in between.",
      whenNotToUse: "While you iterate on a Dockerfile and value fast rebuilds over layer count.",
    },
  },
  *check({ model }) {
    for (const stage of model.stages) {
      if (!isShipped(model, stage)) continue;
      const instructions = stage.instructions;
      for (let index = 1; index < instructions.length; index++) {
        const previous = instructions[index - 1]!;
        const current = instructions[index]!;
        if (!isPlainRun(previous) || !isPlainRun(current) || runFlagsText(previous) !== runFlagsText(current)) continue;
        const previousEnd = instructionRange(previous).end;
        const scriptStart = toRange(argumentsRangeOf(current)!).start;
        const flagsStart = toRange(current.getRange()).start;
        const adjacent = flagsStart.line === previousEnd.line + 1 && runFlagsText(current) === "";
        yield {
          range: toRange(current.getInstructionRange()),
          data: { previousLine: toRange(previous.getRange()).start.line, join: adjacent ? { start: previousEnd, end: scriptStart } : undefined },
        };
      }
    }
  },
  message: ({ previousLine }) =>
    `This \`RUN\` directly follows the one on line ${previousLine}, adding a layer to the shipped image. Join them with \`&&\` if they belong together.`,
  fix: ({ join }) => join && { title: "Join with the previous RUN", applicability: "unsafe", edits: [{ range: join, text: " \\\n && " }] },
});
