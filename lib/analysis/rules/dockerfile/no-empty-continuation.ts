import type { Range } from "../../types";
import { defineDockerfileRule } from "../types";

export default defineDockerfileRule<{ keyword: string; line: number; deletion: Range }>({
  meta: {
    id: "no-empty-continuation",
    aliases: ["NoEmptyContinuation", "emptyContinuationLine"],
    category: "correctness",
    severity: "warning",
    fileKind: "dockerfile",
    docs: {
      summary: "An empty line sits inside a continued instruction.",
      whatItDoes: "Flags blank lines between the lines of an instruction continued with `\\` (heredoc bodies excepted).",
      whyItMatters:
        "Docker currently skips such lines but has deprecated them and will treat them as the end of the instruction, " +
        "which turns the rest into a syntax error. They also hide where an instruction ends.",
      example: "FROM debian:12-slim\nRUN apt-get update \\\n\n && apt-get install -y curl\n",
      useInstead: "FROM debian:12-slim\nRUN apt-get update \\\n && apt-get install -y curl\n",
      fixSafety: "Safe: Docker ignores the line today; the fix deletes it.",
      whenNotToUse: "Never: a comment line works where a visual gap is wanted.",
    },
  },
  check({ model }, report) {
    for (const instruction of model.instructions) {
      const { range } = instruction;
      if (range.start.line === range.end.line || instruction.heredocs.length > 0) continue;
      for (let line = range.start.line + 1; line < range.end.line; line++) {
        if (model.lines.lineText(line).trim() !== "") continue;
        const deletion: Range = { start: { line, column: 1 }, end: { line: line + 1, column: 1 } };
        report({ range: deletion, data: { keyword: instruction.keyword, line, deletion } });
      }
    }
  },
  message: ({ keyword }) =>
    `This empty line is inside a continued \`${keyword}\`; Docker has deprecated that and will end the instruction here in future. Remove the line.`,
  fix: ({ deletion }) => ({ title: "Remove the empty line", applicability: "safe", edits: [{ range: deletion, text: "" }] }),
});
