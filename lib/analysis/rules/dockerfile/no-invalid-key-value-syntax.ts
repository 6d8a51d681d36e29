import { argumentsRangeOf, instructionsWith, propertiesOf } from "../../dockerfile/instructions";
import { toRange } from "../../dockerfile/model";
import { defineDockerfileRule } from "../types";

type Data = { kind: "missing-value"; keyword: string; name: string } | { kind: "missing-name"; keyword: string } | { kind: "unclosed-quote"; keyword: string; quote: string };

/** The quote left open at the end of a Dockerfile word list, if any (backslash escapes outside single quotes). */
function unclosedQuote(text: string): string | undefined {
  let open: string | undefined;
  for (let index = 0; index < text.length; index++) {
    const char = text[index]!;
    if (char === "\\" && open !== "'") index++;
    else if (open === undefined && (char === '"' || char === "'")) open = char;
    else if (char === open) open = undefined;
  }
  return open;
}

export default defineDockerfileRule<Data>({
  meta: {
    id: "no-invalid-key-value-syntax",
    aliases: ["syntaxMissingEquals", "syntaxMissingNames", "syntaxMissingSingleQuote", "syntaxMissingDoubleQuote", "label_invalid", "env-label-syntax-valid"],
    category: "correctness",
    severity: "error",
    fileKind: "dockerfile",
    docs: {
      summary: "An `ENV` or `LABEL` is missing a value, a name or a closing quote.",
      whatItDoes: "Flags `ENV NAME` and `LABEL key` without a value, pairs without a name (`=value`), and values whose quote is never closed.",
      whyItMatters: "The builder rejects these (`ENV must have two arguments`, `unexpected end of statement while looking for matching double-quote`).",
      example: "FROM node:22-slim\nENV NODE_ENV\n",
      useInstead: "FROM node:22-slim\nENV NODE_ENV=production\n",
      fixSafety: "No fix is offered: the missing value or quote position is unknown.",
      whenNotToUse: "Never: the builder rejects the instruction.",
    },
  },
  *check({ model }) {
    for (const instruction of instructionsWith(model, "ENV", "LABEL")) {
      const keyword = instruction.getKeyword();
      const argumentsRange = argumentsRangeOf(instruction);
      if (!argumentsRange) continue;
      const range = toRange(argumentsRange);
      const text = model.text.slice(model.lines.offsetAt(range.start), model.lines.offsetAt(range.end));
      const quote = unclosedQuote(text);
      if (quote) {
        yield { range, data: { kind: "unclosed-quote", keyword, quote } };
        continue;
      }
      for (const property of propertiesOf(instruction)) {
        if (property.getName() === "") yield { range: toRange(property.getRange()), data: { kind: "missing-name", keyword } };
        else if (property.getAssignmentOperator() === null && property.getValue() === null) {
          yield { range: toRange(property.getRange()), data: { kind: "missing-value", keyword, name: property.getName() } };
        }
      }
    }
  },
  message: (data) => {
    switch (data.kind) {
      case "missing-value":
        return `\`${data.keyword} ${data.name}\` has no value, so the build fails. Write \`${data.keyword} ${data.name}=<value>\` (an empty value is \`${data.name}=""\`).`;
      case "missing-name":
        return `This \`${data.keyword}\` pair has a value but no name, so the build fails. Write \`name=value\`.`;
      case "unclosed-quote":
        return `A \`${data.quote}\` in this \`${data.keyword}\` is never closed, so the build fails. Close the quote (or escape it with \`\\\`).`;
    }
  },
});
