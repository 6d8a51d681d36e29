import type { Property } from "dockerfile-ast";
import { instructionsWith, isMultiLine, propertiesOf } from "../../dockerfile/instructions";
import { toRange, type DockerfileModel } from "../../dockerfile/model";
import type { Range, TextEdit } from "../../types";
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
function rewrite(model: DockerfileModel, property: Property): TextEdit | undefined {
  const nameRange = toRange(property.getNameRange());
  const valueRange = property.getValueRange();
  if (!valueRange) return undefined;
  const range: Range = { start: nameRange.end, end: toRange(valueRange).end };
  const value = model.text.slice(model.lines.offsetAt(toRange(valueRange).start), model.lines.offsetAt(range.end));
  if (!/\s/.test(value)) return { range: { start: nameRange.end, end: toRange(valueRange).start }, text: "=" };
  if (/["'\\]/.test(value)) return undefined;
  return { range, text: `="${value}"` };
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
  *check({ model }) {
    for (const instruction of instructionsWith(model, "ENV", "LABEL")) {
      const [property, ...others] = propertiesOf(instruction);
      if (!property || others.length > 0 || property.getAssignmentOperator() !== null || property.getValue() === null) continue;
      yield {
        range: toRange(property.getRange()),
        data: { keyword: instruction.getKeyword(), name: property.getName(), edit: isMultiLine(instruction) ? undefined : rewrite(model, property) },
      };
    }
  },
  message: ({ keyword, name }) =>
    `\`${keyword} ${name} …\` uses the deprecated space-separated form, which takes the whole rest of the line as the value. Write \`${keyword} ${name}=…\`.`,
  fix: ({ edit }) => edit && { title: "Use the key=value form", applicability: "safe", edits: [edit] },
});
