import { instructionsWith, isMultiLine, propertiesOf } from "../../dockerfile/instructions";
import type { Instruction } from "dockerfile-ast";
import { toRange, type DockerfileModel } from "../../dockerfile/model";
import { inheritedInstructions, stageOf } from "../../dockerfile/stages";
import { variableReferences, withoutSingleQuoted } from "../../dockerfile/variables";
import type { Range } from "../../types";
import { defineDockerfileRule } from "../types";

interface Data {
  name: string;
  referenced: string;
  definedBefore: boolean;
  /** The blank between the two properties, where the instruction can be split; undefined on multi-line ENVs. */
  split: Range | undefined;
}

/** True when an ARG or ENV before `env` (in its stage or the stages it builds on) sets `name`. */
function definedBefore(model: DockerfileModel, env: Instruction, name: string): boolean {
  const stage = stageOf(model, env);
  const lineage = stage ? inheritedInstructions(model, stage) : [];
  return lineage.slice(0, lineage.indexOf(env)).some((each) => propertiesOf(each).some((property) => property.getName() === name));
}

export default defineDockerfileRule<Data>({
  meta: {
    id: "no-env-self-reference",
    aliases: ["DL3044"],
    category: "correctness",
    severity: "error",
    fileKind: "dockerfile",
    docs: {
      summary: "An `ENV` uses a variable it sets in the same instruction.",
      whatItDoes: "Flags `ENV A=1 B=$A`: a value referring to a variable that an earlier pair of the same `ENV` sets.",
      whyItMatters:
        "All values of one `ENV` are expanded before any is set, so `$A` is the value from before the instruction " +
        "(usually empty), not `1`. The image quietly gets the wrong value.",
      example: "FROM alpine:3.20\nENV APP_HOME=/srv/app APP_BIN=$APP_HOME/bin\n",
      useInstead: "FROM alpine:3.20\nENV APP_HOME=/srv/app\nENV APP_BIN=$APP_HOME/bin\n",
      fixSafety: "Splitting the `ENV` is offered as unsafe: it changes the value to the one you presumably meant.",
      whenNotToUse: "When you really mean the previous value; write that explicitly in its own `ENV` for readers.",
    },
  },
  *check({ model }) {
    for (const env of instructionsWith(model, "ENV")) {
      const properties = propertiesOf(env);
      for (const [index, property] of properties.entries()) {
        const valueRange = property.getValueRange();
        if (index === 0 || !valueRange) continue;
        const setBefore = new Set(properties.slice(0, index).map((each) => each.getName()));
        const start = model.lines.offsetAt(toRange(valueRange).start);
        const raw = withoutSingleQuoted(model.text.slice(start, model.lines.offsetAt(toRange(valueRange).end)));
        const reference = variableReferences(raw).find((each) => setBefore.has(each.name));
        if (!reference) continue;
        const previous = properties[index - 1]!;
        const split = isMultiLine(env) ? undefined : { start: toRange(previous.getRange()).end, end: toRange(property.getRange()).start };
        yield {
          range: model.lines.rangeOf(start + reference.start, start + reference.end),
          data: { name: property.getName(), referenced: reference.name, definedBefore: definedBefore(model, env, reference.name), split },
        };
      }
    }
  },
  message: ({ name, referenced, definedBefore }) =>
    `\`$${referenced}\` in \`${name}\` is expanded before this \`ENV\` sets \`${referenced}\`, so it ${definedBefore ? "still has its previous value" : "is empty"}. Set \`${referenced}\` in an earlier \`ENV\`.`,
  fix: ({ referenced, split }) =>
    split && { title: `Set ${referenced} in its own ENV first`, applicability: "unsafe", edits: [{ range: split, text: "\nENV " }] },
});
