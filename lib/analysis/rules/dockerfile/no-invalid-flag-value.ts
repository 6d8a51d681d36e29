import { defineDockerfileRule } from "../types";

type Data =
  | { kind: "missing-value"; keyword: string; flag: string }
  | { kind: "duplicate"; keyword: string; flag: string }
  | { kind: "not-boolean"; keyword: string; flag: string; value: string };

/** Flags that may be repeated (each adds a mount or an exclusion). */
const REPEATABLE = new Set(["mount", "exclude"]);
/** Flags that are switches: bare, or `=true`/`=false`. */
const BOOLEAN = new Set(["link", "parents", "keep-git-dir", "unpack"]);

export default defineDockerfileRule<Data>({
  meta: {
    id: "no-invalid-flag-value",
    aliases: ["flagMissingValue", "flagDuplicate", "flagExpectedBooleanValue", "flag-values-valid"],
    category: "correctness",
    severity: "error",
    fileKind: "dockerfile",
    docs: {
      summary: "A flag has no value, a non-boolean value, or is repeated.",
      whatItDoes:
        "Flags `--from=`, `--chown=` and other value flags written without a value, switches such as `--link` given " +
        "something other than `true`/`false`, and flags given twice on one instruction (`--mount` and `--exclude` may repeat).",
      whyItMatters: "The builder rejects these, or silently keeps only one of two conflicting values.",
      example: "FROM node:22-slim\nCOPY --chown=1000:1000 --chown=node . /app\n",
      useInstead: "FROM node:22-slim\nCOPY --chown=1000:1000 . /app\n",
      fixSafety: "No fix is offered: which value was meant is unknown.",
      whenNotToUse: "Never: these flags do not work as written.",
    },
  },
  check({ model }, report) {
    for (const instruction of model.instructions) {
      const { keyword } = instruction;
      if (keyword === "HEALTHCHECK") continue;
      const seen = new Set<string>();
      for (const flag of instruction.flags) {
        const { name, range } = flag;
        const value = flag.value?.value;
        if (seen.has(name) && !REPEATABLE.has(name)) report({ range, data: { kind: "duplicate", keyword, flag: name } });
        seen.add(name);
        if (BOOLEAN.has(name)) {
          if (value !== undefined && !/^(true|false)$/i.test(value)) report({ range, data: { kind: "not-boolean", keyword, flag: name, value } });
        } else if (value === undefined || value === "") {
          report({ range, data: { kind: "missing-value", keyword, flag: name } });
        }
      }
    }
  },
  message: (data) => {
    switch (data.kind) {
      case "missing-value":
        return `\`--${data.flag}\` on \`${data.keyword}\` needs a value (\`--${data.flag}=…\`); the build fails without it.`;
      case "duplicate":
        return `\`--${data.flag}\` is given twice on this \`${data.keyword}\`; only one value can apply. Keep the one you mean.`;
      case "not-boolean":
        return `\`--${data.flag}\` is a switch: write \`--${data.flag}\` or \`--${data.flag}=false\`, not \`=${data.value}\`.`;
    }
  },
});
