import { removeEntryLines } from "../../compose/edits";
import { rangeOf, text } from "../../compose/nodes";
import { topLevelEntry } from "../../compose/query";
import { defineComposeRule } from "../types";

export default defineComposeRule<{ version: string | undefined }>({
  meta: {
    id: "no-obsolete-version",
    aliases: ["compose-no-version-field", "no-version-field"],
    category: "maintainability",
    severity: "info",
    fileKind: "compose",
    docs: {
      summary: "The file declares the obsolete top-level `version:`.",
      whatItDoes: "Flags the top-level `version:` key.",
      whyItMatters:
        "Compose ignores it since v2 and prints a warning on every command. Worse, it suggests that features of " +
        "newer file formats are unavailable, or that the file is meant for the legacy docker-compose v1.",
      example: "version: \"3.8\"\nservices:\n  web:\n    image: nginx:1.27\n",
      useInstead: "services:\n  web:\n    image: nginx:1.27\n",
      fixSafety: "Safe: Compose ignores the key; the fix removes its line.",
      whenNotToUse: "Files that must still run with the retired docker-compose v1.",
    },
  },
  check({ file }, report) {
    const found = topLevelEntry(file, "version");
    if (found) report({ range: rangeOf(file.lines, found.key), data: { version: text(found.value) } });
  },
  message: ({ version }) =>
    `\`version${version ? `: "${version}"` : ""}\` is obsolete: Compose ignores it and warns on every run. Remove it.`,
  fix: (_data, { file }) => {
    const found = topLevelEntry(file, "version");
    const edit = found && removeEntryLines(file, found);
    return edit && { title: "Remove the obsolete version key", applicability: "safe", edits: [edit] };
  },
});
