import { defineComposeRule } from "../types";

export default defineComposeRule<{ message: string }>({
  meta: {
    id: "no-invalid-yaml",
    aliases: ["invalid-yaml"],
    category: "correctness",
    severity: "error",
    fileKind: "compose",
    docs: {
      summary: "The compose file is not valid YAML, or too large, deep or alias-heavy to review.",
      whatItDoes:
        "Reports YAML syntax errors and warnings (bad indentation, duplicate keys, tabs, several documents) at their " +
        "position, and files that exceed the review limits: more than 1 MB, more than 100 levels of nesting, or " +
        "aliases expanding more than 100 times.",
      whyItMatters:
        "Compose refuses a file it cannot parse, and a duplicate key silently drops half of a setting. Files beyond " +
        "the limits are not hand-written compose files; they are reported rather than allowed to stall the review.",
      example: "services:\n  web:\n    image: nginx:1.27\n    image: nginx:1.26\n",
      useInstead: "services:\n  web:\n    image: nginx:1.27\n",
      fixSafety: "No fix: which of two duplicate keys is right, or what a broken line meant, is for you to decide.",
      whenNotToUse: "Never: the other compose rules only see what parsed.",
    },
  },
  check({ file }, report) {
    for (const problem of file.problems) report({ range: problem.range, data: { message: problem.message } });
  },
  message: ({ message }) => message,
});
