import type { DockerfileModel, Instruction, Word } from "../../dockerfile/model";
import type { TextEdit } from "../../types";
import { defineDockerfileRule } from "../types";

interface Data {
  keyword: string;
  name: string;
  edit: TextEdit | undefined;
}

/**
 * `KEY value words` means KEY="value words". The rewrite keeps the value's text; it needs quotes only when the value
 * has blanks, and is only attempted when no quote or escape could change meaning.
 */
function rewrite(model: DockerfileModel, name: Word, values: Word[]): TextEdit | undefined {
  const first = values[0]!;
  const last = values[values.length - 1]!;
  if (values.length === 1) return { range: model.rangeOf(name.end, first.start), text: "=" };
  const value = model.text.slice(first.start, last.end);
  // Inside double quotes the escape character (a backslash, or a backtick under `# escape=`) escapes only `"`, `$` and itself.
  if (/["']/.test(value) || value.includes(model.escape) || value.includes("\\")) return undefined;
  return { range: model.rangeOf(name.end, last.end), text: `="${value}"` };
}

/** The name and value words of an `ENV`/`LABEL` written as `KEY value…` (one pair, no `=`). */
function legacyPair(instruction: Instruction): { name: Word; values: Word[] } | undefined {
  const [name, ...values] = instruction.args;
  if (!name || values.length === 0 || name.raw.includes("=")) return undefined;
  return { name, values };
}

export default defineDockerfileRule<Data>({
  meta: {
    id: "no-legacy-key-value",
    aliases: ["LegacyKeyValueFormat"],
    category: "maintainability",
    severity: "warning",
    fileKind: "dockerfile",
    docs: {
      summary: "`ENV`/`LABEL` use the legacy `key value` form.",
      whatItDoes: "Flags `ENV key value` and `LABEL key value` written without `=`.",
      whyItMatters:
        "The space-separated form sets a single variable to the whole rest of the line: `ENV A 1 B 2` sets `A` to " +
        "`1 B 2`. It is deprecated, and the `key=value` form says what it does.",
      example: "FROM node:22-slim\nENV NODE_ENV production\n",
      useInstead: "FROM node:22-slim\nENV NODE_ENV=production\n",
      fixSafety: "Safe: the value is kept as written, quoted when it contains blanks; values with quotes or escapes get no fix.",
      whenNotToUse: "Never; both forms are equivalent for one plain value.",
    },
  },
  check({ model }, report) {
    for (const instruction of model.instructions) {
      if (instruction.keyword !== "ENV" && instruction.keyword !== "LABEL") continue;
      const pair = legacyPair(instruction);
      if (!pair) continue;
      const multiLine = instruction.range.start.line !== instruction.range.end.line;
      const last = pair.values[pair.values.length - 1]!;
      report({
        range: model.rangeOf(pair.name.start, last.end),
        data: { keyword: instruction.keyword, name: pair.name.value, edit: multiLine ? undefined : rewrite(model, pair.name, pair.values) },
      });
    }
  },
  message: ({ keyword, name }) =>
    `\`${keyword} ${name} …\` uses the deprecated space-separated form, which takes the whole rest of the line as the value. Write \`${keyword} ${name}=…\`.`,
  fix: ({ edit }) => edit && { title: "Use the key=value form", applicability: "safe", edits: [edit] },
});
