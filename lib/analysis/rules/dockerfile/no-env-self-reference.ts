import { keyValues } from "../../dockerfile/model";
import { variableReferences } from "../../dockerfile/variables";
import type { Range } from "../../types";
import { defineDockerfileRule } from "../types";

interface Data {
  name: string;
  referenced: string;
  definedBefore: boolean;
  /** The blank between the two pairs, where the instruction can be split; undefined on multi-line ENVs. */
  split: Range | undefined;
}

export default defineDockerfileRule<Data>({
  meta: {
    id: "no-env-self-reference",
    aliases: ["DL3044"],
    category: "correctness",
    severity: "error",
    fileKind: "dockerfile",
    profiles: { hadolint: "error" },
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
  check({ model }, report) {
    for (const env of model.instructions) {
      if (env.keyword !== "ENV") continue;
      const pairs = keyValues(env);
      const multiLine = env.range.start.line !== env.range.end.line;
      // The names the earlier pairs of this ENV set, grown pair by pair (one set per pair made long ENVs quadratic).
      const setBefore = new Set<string>();
      for (const [index, pair] of pairs.entries()) {
        if (index > 0) setBefore.add(pairs[index - 1]!.name);
        if (index === 0 || !pair.value) continue;
        const reference = variableReferences(pair.value.raw).find((each) => setBefore.has(each.name));
        if (!reference) continue;
        const previous = pairs[index - 1]!;
        const previousEnd = (previous.value ?? previous.nameWord).end;
        report({
          range: model.rangeOf(pair.value.start + reference.start, pair.value.start + reference.end),
          data: {
            name: pair.name,
            referenced: reference.name,
            // The scope an instruction sees is the one before it: ARGs and ENVs of this stage and ENVs of its parents.
            definedBefore: env.scope.entries().has(reference.name),
            split: multiLine ? undefined : model.rangeOf(previousEnd, pair.nameWord.start),
          },
        });
      }
    }
  },
  message: ({ name, referenced, definedBefore }) =>
    `\`$${referenced}\` in \`${name}\` is expanded before this \`ENV\` sets \`${referenced}\`, so it ${definedBefore ? "still has its previous value" : "is empty"}. Set \`${referenced}\` in an earlier \`ENV\`.`,
  fix: ({ referenced, split }) =>
    split && { title: `Set ${referenced} in its own ENV first`, applicability: "unsafe", edits: [{ range: split, text: "\nENV " }] },
});
