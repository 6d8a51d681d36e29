import { validateCompose } from "../../compose/schema";
import type { Range } from "../../types";
import { defineComposeRule } from "../types";

interface Data {
  message: string;
  /** The key to write instead of an unknown one, when it is written plain (a quoted key keeps its quotes: no fix). */
  rename: { range: Range; key: string } | undefined;
}

export default defineComposeRule<Data>({
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
        "allowed set. For an unknown key it suggests the closest key the specification defines at that place " +
        "(`restrat` → `restart`, `intervall` → `interval` under `healthcheck`).",
      whyItMatters:
        "`docker compose` rejects a file that does not follow the specification, often with a message that names " +
        "no line. A misspelt key under an extension-friendly tool may instead be ignored without a word.",
      example: "services:\n  web:\n    image: nginx:1.27\n    restrat: always\n",
      useInstead: "services:\n  web:\n    image: nginx:1.27\n    restart: always\n",
      fixSafety:
        "Renaming an unknown key to the suggested one is offered as unsafe: the suggestion is a likely typo, not a " +
        "certainty, and the renamed key takes effect. Other problems have no fix: the intended value cannot be known.",
      whenNotToUse: "Files for a tool that extends Compose with its own keys; prefer `x-` extension keys there.",
    },
  },
  check({ file }, report) {
    for (const violation of validateCompose(file)) {
      const { range, suggestion } = violation;
      const written = file.text.slice(file.lines.offsetAt(range.start), file.lines.offsetAt(range.end));
      const plainKey = suggestion !== undefined && /^[\w.-]+$/.test(written);
      report({ range, data: { message: violation.message, rename: plainKey ? { range, key: suggestion } : undefined } });
    }
  },
  message: ({ message }) => message,
  fix: ({ rename }) => rename && { title: `Write ${rename.key}`, applicability: "unsafe", edits: [{ range: rename.range, text: rename.key }] },
});
