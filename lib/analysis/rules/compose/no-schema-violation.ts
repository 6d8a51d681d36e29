import { validateCompose } from "../../compose/schema";
import { defineComposeRule } from "../types";

export default defineComposeRule<{ message: string }>({
  meta: {
    id: "no-schema-violation",
    aliases: ["invalid-schema", "compose-schema-valid"],
    category: "correctness",
    severity: "error",
    fileKind: "compose",
    docs: {
      summary: "A key or value does not follow the Compose Specification.",
      whatItDoes:
        "Validates the file against the official Compose Specification JSON Schema and reports each problem at the " +
        "offending key or value: unknown keys (often a typo or wrong indentation), wrong types, values outside the " +
        "allowed set.",
      whyItMatters:
        "`docker compose` rejects a file that does not follow the specification, often with a message that names " +
        "no line. A misspelt key under an extension-friendly tool may instead be ignored without a word.",
      example: "services:\n  web:\n    image: nginx:1.27\n    restrat: always\n",
      useInstead: "services:\n  web:\n    image: nginx:1.27\n    restart: always\n",
      fixSafety: "No fix: the intended key or value cannot be known for sure.",
      whenNotToUse: "Files for a tool that extends Compose with its own keys; prefer `x-` extension keys there.",
    },
  },
  check({ file }, report) {
    for (const violation of validateCompose(file)) report({ range: violation.range, data: { message: violation.message } });
  },
  message: ({ message }) => message,
});
