import type { Range } from "../../types";
import { defineDockerfileRule } from "../types";

/** A repeated escape directive ends the directives, so the parser keeps it as a comment. */
const ESCAPE_COMMENT = /^escape[ \t]*=/i;

export default defineDockerfileRule<{ firstLine: number; deletion: Range }>({
  meta: {
    id: "no-invalid-escape-directive",
    aliases: ["directiveEscapeDuplicated", "escape-directive-valid"],
    category: "correctness",
    severity: "error",
    fileKind: "dockerfile",
    docs: {
      summary: "The `# escape=` directive is repeated.",
      whatItDoes:
        "Flags a second `# escape=` directive. (A value other than `\\` or `` ` `` is a syntax error, reported by " +
        "`dockerfile-syntax-error`.)",
      whyItMatters: "Docker rejects the file; the escape character decides how every continuation line is read.",
      example: "# escape=`\n# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\n",
      useInstead: "# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\n",
      fixSafety: "The repeated directive is removed as a safe fix: Docker rejects the file as it is.",
      whenNotToUse: "Never: the builder rejects the file.",
    },
  },
  check({ model }, report) {
    const first = model.directives.find((directive) => directive.name === "escape");
    const firstInstruction = model.instructions[0]?.start ?? model.text.length;
    if (!first) return;
    for (const comment of model.comments) {
      if (comment.start <= first.start || comment.start > firstInstruction || !ESCAPE_COMMENT.test(comment.text)) continue;
      // Only a comment in the file's leading block of directives and comments repeats the directive.
      if (model.text.slice(first.end, comment.start).split("\n").some((line) => line.trim() !== "" && !line.trim().startsWith("#"))) continue;
      const line = comment.range.start.line;
      report({
        range: model.rangeOf(model.lines.lineStarts[line - 1]!, comment.end),
        data: { firstLine: first.range.start.line, deletion: { start: { line, column: 1 }, end: { line: line + 1, column: 1 } } },
      });
    }
  },
  message: ({ firstLine }) =>
    `The escape character is already set on line ${firstLine}; a second \`# escape=\` makes the build fail. Remove it.`,
  fix: ({ deletion }) => ({ title: "Remove the repeated escape directive", applicability: "safe", edits: [{ range: deletion, text: "" }] }),
});
