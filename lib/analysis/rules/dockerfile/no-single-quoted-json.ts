import { argumentsSpan } from "../../dockerfile/model";
import type { Range } from "../../types";
import { defineDockerfileRule } from "../types";

interface Data {
  keyword: string;
  range: Range;
  /** The arguments rewritten with double quotes, when no quote or escape inside makes that ambiguous. */
  rewritten: string | undefined;
}

const JSON_KEYWORDS = new Set(["CMD", "ENTRYPOINT", "RUN", "SHELL", "VOLUME", "COPY", "ADD", "HEALTHCHECK"]);
const SINGLE_QUOTED_ARRAY = /^\[\s*'[^']*'(\s*,\s*'[^']*')*\s*\]$/;

export default defineDockerfileRule<Data>({
  meta: {
    id: "no-single-quoted-json",
    aliases: ["instructionJSONInSingleQuotes", "json-form-double-quotes"],
    category: "correctness",
    severity: "error",
    fileKind: "dockerfile",
    docs: {
      summary: "An exec-form array uses single quotes.",
      whatItDoes: "Flags `CMD ['a', 'b']` and other JSON arrays written with single quotes.",
      whyItMatters:
        "JSON only knows double quotes, so Docker does not see an array: it runs the text through `/bin/sh -c` as a " +
        "shell command, which usually fails with `[a,: not found` when the container starts.",
      example: "FROM node:22-slim\nCMD ['node', 'server.js']\n",
      useInstead: 'FROM node:22-slim\nCMD ["node", "server.js"]\n',
      fixSafety: "Safe when the strings contain no double quotes or backslashes: the intended array is written as JSON.",
      whenNotToUse: "Never: the single-quoted form cannot be what you meant.",
    },
  },
  check({ model }, report) {
    for (const instruction of model.instructions) {
      const { keyword } = instruction;
      // Only an argument text that opens an array is a candidate (splitting every RUN into words would be wasted).
      const candidate = JSON_KEYWORDS.has(keyword) && instruction.form === "shell" && /^(CMD\s+)?\[/i.test(instruction.argsText);
      const span = candidate ? argumentsSpan(instruction) : undefined;
      if (!span) continue;
      const text = model.text.slice(span.start, span.end);
      const arrayStart = text.search(/\[/);
      const array = arrayStart >= 0 ? text.slice(arrayStart) : "";
      if (!SINGLE_QUOTED_ARRAY.test(array) || (keyword === "HEALTHCHECK" && !/^CMD\s/i.test(text))) continue;
      const range = model.rangeOf(span.start + arrayStart, span.end);
      const rewritten = /["\\]/.test(array) ? undefined : array.replace(/'/g, '"');
      report({ range, data: { keyword, range, rewritten } });
    }
  },
  message: ({ keyword }) =>
    `This \`${keyword}\` array uses single quotes, which JSON does not allow, so Docker runs it as a shell command instead. Use double quotes.`,
  fix: ({ range, rewritten }) => rewritten === undefined ? undefined : { title: "Use double quotes", applicability: "safe", edits: [{ range, text: rewritten }] },
});
