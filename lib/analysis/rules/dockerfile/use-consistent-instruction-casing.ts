import type { Range } from "../../types";
import { defineDockerfileRule } from "../types";

interface Data {
  written: string;
  expected: string;
  range: Range;
}

export default defineDockerfileRule<Data>({
  meta: {
    id: "use-consistent-instruction-casing",
    aliases: ["ConsistentInstructionCasing", "instructionCasing", "uppercase_commands"],
    category: "style",
    severity: "style",
    fileKind: "dockerfile",
    docs: {
      summary: "Instruction keywords mix casings.",
      whatItDoes:
        "Flags instruction keywords whose casing differs from the file's majority (upper case when tied), and " +
        "mixed-case keywords such as `From` always.",
      whyItMatters: "One casing makes instructions easy to scan and grep; a stray `run` among `RUN`s looks like a typo.",
      example: "FROM alpine:3.20\nrun apk add --no-cache curl\nCMD [\"sh\"]\n",
      useInstead: "FROM alpine:3.20\nRUN apk add --no-cache curl\nCMD [\"sh\"]\n",
      fixSafety: "Safe: keywords are case-insensitive.",
      whenNotToUse: "When you do not care about keyword casing.",
    },
  },
  check({ model }, report) {
    const keywords = model.instructions.map((instruction) => instruction.keywordWord.raw);
    const lower = keywords.filter((keyword) => keyword === keyword.toLowerCase()).length;
    const upper = keywords.filter((keyword) => keyword === keyword.toUpperCase()).length;
    const toMajority = lower > upper ? (keyword: string) => keyword.toLowerCase() : (keyword: string) => keyword.toUpperCase();
    for (const instruction of model.instructions) {
      const written = instruction.keywordWord.raw;
      const expected = toMajority(written);
      if (written === expected) continue;
      const range = instruction.keywordWord.range;
      report({ range, data: { written, expected, range } });
    }
  },
  message: ({ written, expected }) =>
    `\`${written}\` differs from the casing of the other instructions. Write \`${expected}\`.`,
  fix: ({ expected, range }) => ({ title: `Write ${expected}`, applicability: "safe", edits: [{ range, text: expected }] }),
});
