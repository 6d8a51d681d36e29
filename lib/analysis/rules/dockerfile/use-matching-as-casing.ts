import type { Range } from "../../types";
import { defineDockerfileRule } from "../types";

interface Data {
  written: string;
  expected: "AS" | "as";
  range: Range;
}

export default defineDockerfileRule<Data>({
  meta: {
    id: "use-matching-as-casing",
    aliases: ["FromAsCasing"],
    category: "style",
    severity: "style",
    fileKind: "dockerfile",
    docs: {
      summary: "`FROM … as` mixes casings.",
      whatItDoes: "Flags the `AS` keyword of a `FROM` when its casing differs from the `FROM` keyword (`FROM x as y`).",
      whyItMatters: "Keywords in one casing read as one language; Docker's own build checks warn about the mix.",
      example: "FROM golang:1.23 as build\n",
      useInstead: "FROM golang:1.23 AS build\n",
      fixSafety: "Safe: keywords are case-insensitive.",
      whenNotToUse: "When you do not care about keyword casing.",
    },
  },
  check({ model }, report) {
    for (const { from, nameWord } of model.stages) {
      const asWord = from.args[1];
      if (!asWord || !nameWord) continue;
      const keyword = from.keywordWord.raw;
      const written = asWord.value;
      const expected = keyword === keyword.toUpperCase() ? "AS" : keyword === keyword.toLowerCase() ? "as" : undefined;
      if (expected && written !== expected) report({ range: asWord.range, data: { written, expected, range: asWord.range } });
    }
  },
  message: ({ written, expected }) =>
    `\`${written}\` does not match the casing of its \`FROM\` keyword. Write \`${expected}\` so the instruction uses one casing.`,
  fix: ({ expected, range }) => ({ title: `Write ${expected}`, applicability: "safe", edits: [{ range, text: expected }] }),
});
