import { isScalar } from "yaml";
import { rangeOf } from "../../compose/nodes";
import { serviceItems } from "../../compose/query";
import type { Range } from "../../types";
import { defineComposeRule } from "../types";

export default defineComposeRule<{ port: string; range: Range }>({
  meta: {
    id: "require-quoted-ports",
    aliases: ["compose-ports-quoted", "require-quotes-in-ports"],
    category: "style",
    severity: "style",
    fileKind: "compose",
    profiles: { recommended: "off", strict: "off" },
    docs: {
      summary: "A port mapping is not quoted.",
      whatItDoes: "Flags unquoted short-syntax entries under `ports:` (and `expose:`).",
      whyItMatters:
        "YAML 1.1 parsers read `22:22` as a base-60 number (1342), and some tools still use YAML 1.1. Quoting every " +
        "port keeps them strings everywhere.",
      example: "services:\n  ssh:\n    image: acme/ssh:1\n    ports:\n      - 22:22\n",
      useInstead: "services:\n  ssh:\n    image: acme/ssh:1\n    ports:\n      - \"22:22\"\n",
      fixSafety: "Safe: the value is the same string, quoted.",
      whenNotToUse: "Off by default: a style choice that Compose v2 itself does not need.",
    },
  },
  check({ file }, report) {
    for (const service of file.services) {
      for (const key of ["ports", "expose"]) {
        for (const item of serviceItems(service, key)) {
          if (isScalar(item) && item.type === "PLAIN" && item.range) {
            const range = rangeOf(file.lines, item);
            report({ range, data: { port: file.text.slice(item.range[0], item.range[1]).trim(), range } });
          }
        }
      }
    }
  },
  message: ({ port }) => `Quote \`${port}\`: unquoted, YAML 1.1 tools read values such as \`22:22\` as base-60 numbers.`,
  fix: ({ port, range }) => ({ title: "Quote the port", applicability: "safe", edits: [{ range, text: `"${port}"` }] }),
});
