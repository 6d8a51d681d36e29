import { argumentsSpan, keyValues, pairSpan } from "../../dockerfile/model";
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
  check({ model }, report) {
    for (const instruction of model.instructions) {
      const { keyword } = instruction;
      const span = keyword === "ENV" || keyword === "LABEL" ? argumentsSpan(instruction) : undefined;
      if (!span) continue;
      const quote = unclosedQuote(model.text.slice(span.start, span.end));
      if (quote) {
        report({ range: span.range, data: { kind: "unclosed-quote", keyword, quote } });
        continue;
      }
      for (const pair of keyValues(instruction)) {
        if (pair.name === "") report({ range: pairSpan(pair).range, data: { kind: "missing-name", keyword } });
        else if (pair.value === undefined) report({ range: pairSpan(pair).range, data: { kind: "missing-value", keyword, name: pair.name } });
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
