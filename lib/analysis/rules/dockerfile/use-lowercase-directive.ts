import type { Range } from "../../types";
import { defineDockerfileRule } from "../types";

export default defineDockerfileRule<{ name: string; range: Range }>({
  meta: {
    id: "use-lowercase-directive",
    aliases: ["directiveCasing", "directive-lowercase"],
    category: "style",
    severity: "style",
    fileKind: "dockerfile",
    docs: {
      summary: "A parser directive is not lower-case.",
      whatItDoes: "Flags parser directives such as `# SYNTAX=` or `# Escape=` whose name is not lower-case.",
      whyItMatters: "Directives are case-insensitive, but the convention (and every example) is lower case; capitals make them look like ordinary comments.",
      example: "# SYNTAX=docker/dockerfile:1\nFROM alpine:3.20\n",
      useInstead: "# syntax=docker/dockerfile:1\nFROM alpine:3.20\n",
      fixSafety: "Safe: directive names are case-insensitive.",
      whenNotToUse: "When you do not care about casing.",
    },
  },
  check({ model }, report) {
    for (const directive of model.directives) {
      const written = /^#[ \t]*([A-Za-z][A-Za-z0-9_-]*)/.exec(model.text.slice(directive.start, directive.end));
      const name = written?.[1];
      if (!written || !name || name === name.toLowerCase()) continue;
      const start = directive.start + written[0].length - name.length;
      const range = model.rangeOf(start, start + name.length);
      report({ range, data: { name, range } });
    }
  },
  message: ({ name }) => `Parser directives are conventionally lower-case; write \`# ${name.toLowerCase()}=\`.`,
  fix: ({ name, range }) => ({ title: `Write ${name.toLowerCase()}`, applicability: "safe", edits: [{ range, text: name.toLowerCase() }] }),
});
