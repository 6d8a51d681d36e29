import { toRange } from "../../dockerfile/model";
import type { Range } from "../../types";
import { defineDockerfileRule } from "../types";

type Data = { kind: "value"; value: string } | { kind: "duplicate"; firstLine: number; deletion: Range };

export default defineDockerfileRule<Data>({
  meta: {
    id: "no-invalid-escape-directive",
    aliases: ["directiveEscapeInvalid", "directiveEscapeDuplicated", "escape-directive-valid"],
    category: "correctness",
    severity: "error",
    fileKind: "dockerfile",
    docs: {
      summary: "The `# escape=` directive is invalid or repeated.",
      whatItDoes: "Flags an `# escape=` directive whose value is not `\\` or `` ` ``, and a second `# escape=` directive.",
      whyItMatters: "Docker rejects the file; the escape character decides how every continuation line is read.",
      example: "# escape=^\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\n",
      useInstead: "# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\n",
      fixSafety: "A repeated directive is removed as a safe fix (Docker rejects the file as it is); an invalid value gets no fix.",
      whenNotToUse: "Never: the builder rejects the file.",
    },
  },
  *check({ model }) {
    const escapes = model.ast.getDirectives().filter((directive) => directive.getName().toLowerCase() === "escape");
    for (const [index, directive] of escapes.entries()) {
      const value = directive.getValue();
      if (index > 0) {
        const line = toRange(directive.getRange()).start.line;
        yield {
          range: toRange(directive.getRange()),
          data: { kind: "duplicate", firstLine: toRange(escapes[0]!.getRange()).start.line, deletion: { start: { line, column: 1 }, end: { line: line + 1, column: 1 } } },
        };
      } else if (value !== "\\" && value !== "`") {
        yield { range: toRange(directive.getValueRange()), data: { kind: "value", value } };
      }
    }
  },
  message: (data) =>
    data.kind === "value"
      ? `\`${data.value}\` is not a valid escape character, so the build fails. Use \`\\\` (the default) or \`\` \` \`\` (common on Windows).`
      : `The escape character is already set on line ${data.firstLine}; a second \`# escape=\` makes the build fail. Remove it.`,
  fix: (data) => data.kind === "duplicate" ? { title: "Remove the repeated escape directive", applicability: "safe", edits: [{ range: data.deletion, text: "" }] } : undefined,
});
