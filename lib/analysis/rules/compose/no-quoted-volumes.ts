import { isScalar } from "yaml";
import { rangeOf } from "../../compose/nodes";
import { serviceItems } from "../../compose/query";
import type { Range } from "../../types";
import { defineComposeRule } from "../types";

/** Unquoted, these would change meaning in YAML (comments, flow syntax, anchors…). */
/** Text a plain scalar cannot start with or hold; `,[]{}` end one inside a flow sequence (`[./a:/a:ro,z]`). */
const NEEDS_QUOTES = /^[\s!&*|>'"%@`?-]|[#,[\]{}]|: |\s$/;

export default defineComposeRule<{ value: string; range: Range }>({
  meta: {
    id: "no-quoted-volumes",
    aliases: ["compose-volumes-unquoted", "no-quotes-in-volumes"],
    category: "style",
    severity: "style",
    fileKind: "compose",
    profiles: { recommended: "off", strict: "off" },
    docs: {
      summary: "A volume entry is quoted without need.",
      whatItDoes: "Flags quoted short-syntax `volumes:` entries that would read the same without quotes.",
      whyItMatters: "Consistency: paths are written bare elsewhere in the file, and needless quotes make real ones stand out less.",
      example: "services:\n  web:\n    image: nginx:1.27\n    volumes:\n      - \"./html:/usr/share/nginx/html\"\n",
      useInstead: "services:\n  web:\n    image: nginx:1.27\n    volumes:\n      - ./html:/usr/share/nginx/html\n",
      fixSafety: "Safe: quotes are only removed where the bare value parses to the same string.",
      whenNotToUse: "Off by default: a style choice.",
    },
  },
  check({ file }, report) {
    for (const service of file.services) {
      for (const item of serviceItems(service, "volumes")) {
        if (!isScalar(item) || (item.type !== "QUOTE_DOUBLE" && item.type !== "QUOTE_SINGLE") || typeof item.value !== "string") continue;
        if (item.value === "" || NEEDS_QUOTES.test(item.value) || /[\\]/.test(item.value)) continue;
        const range = rangeOf(file.lines, item);
        report({ range, data: { value: item.value, range } });
      }
    }
  },
  message: ({ value }) => `\`${value}\` needs no quotes; write it bare like the other paths.`,
  fix: ({ value, range }) => ({ title: "Remove the quotes", applicability: "safe", edits: [{ range, text: value }] }),
});
