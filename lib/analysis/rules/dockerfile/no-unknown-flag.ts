import { closestMatch } from "../../similar";
import type { Range } from "../../types";
import { defineDockerfileRule } from "../types";

interface Data {
  keyword: string;
  flag: string;
  suggestion: string | undefined;
  nameRange: Range;
}

/** The flags of the current Dockerfile frontend (1.x), per instruction. HEALTHCHECK has its own rule. */
const KNOWN_FLAGS: Record<string, readonly string[]> = {
  FROM: ["platform"],
  COPY: ["from", "chown", "chmod", "link", "parents", "exclude"],
  ADD: ["chown", "chmod", "link", "checksum", "keep-git-dir", "exclude", "unpack"],
  RUN: ["mount", "network", "security", "device"],
};

export default defineDockerfileRule<Data>({
  meta: {
    id: "no-unknown-flag",
    aliases: ["flagUnknown", "unknown-flag"],
    category: "correctness",
    severity: "error",
    fileKind: "dockerfile",
    docs: {
      summary: "An instruction has a flag Docker does not know.",
      whatItDoes:
        "Flags `--options` of `FROM`, `COPY`, `ADD` and `RUN` that the Dockerfile frontend does not define, suggesting " +
        "the closest known one (`--chmown` → `--chown`). `HEALTHCHECK` options are checked by `no-invalid-healthcheck`.",
      whyItMatters: "The build fails with `unknown flag`, or, for a misspelt flag on an old frontend, the option you meant is not applied.",
      example: "FROM node:22-slim\nCOPY --chmown=1000:1000 . /app\n",
      useInstead: "FROM node:22-slim\nCOPY --chown=1000:1000 . /app\n",
      fixSafety: "Renaming to the closest known flag is offered as unsafe: it changes what the instruction does.",
      whenNotToUse: "Flags of a newer frontend than this review knows; please report them.",
    },
  },
  check({ model }, report) {
    for (const instruction of model.instructions) {
      const known = KNOWN_FLAGS[instruction.keyword];
      if (!known) continue;
      for (const flag of instruction.flags) {
        if (known.includes(flag.name)) continue;
        // The name as written, after the dashes and before any `=`.
        const written = /^--([^=]*)/.exec(model.text.slice(flag.start, flag.end))?.[1] ?? flag.name;
        report({
          range: flag.range,
          data: {
            keyword: instruction.keyword,
            flag: written,
            suggestion: closestMatch(flag.name, known),
            nameRange: model.rangeOf(flag.start + 2, flag.start + 2 + written.length),
          },
        });
      }
    }
  },
  message: ({ keyword, flag, suggestion }) =>
    `\`--${flag}\` is not a \`${keyword}\` flag, so the build fails${suggestion ? `. Did you mean \`--${suggestion}\`?` : `; ${keyword} accepts ${KNOWN_FLAGS[keyword]!.map((each) => `\`--${each}\``).join(", ")}.`}`,
  fix: ({ suggestion, nameRange }) => suggestion ? { title: `Write --${suggestion}`, applicability: "unsafe", edits: [{ range: nameRange, text: suggestion }] } : undefined,
});
