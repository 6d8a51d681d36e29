import { removeEntryLines } from "../../compose/edits";
import { rangeOf, text } from "../../compose/nodes";
import { isSwarmStack, topLevelEntry } from "../../compose/query";
import { defineComposeRule } from "../types";

export default defineComposeRule<{ version: string | undefined; swarm: boolean }>({
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
      fixSafety:
        "Safe: Compose ignores the key; the fix removes its line. Unsafe in a Swarm stack file (named `*stack*`, or with " +
        "Swarm-only `deploy` keys): `docker stack deploy` before Docker 25 refuses a file without it.",
      whenNotToUse: "Files that must still run with the retired docker-compose v1, or be deployed by Docker before 25 as a Swarm stack.",
    },
  },
  check({ file }, report) {
    const found = topLevelEntry(file, "version");
    if (found) report({ range: rangeOf(file.lines, found.key), data: { version: text(found.value), swarm: isSwarmStack(file) } });
  },
  message: ({ version, swarm }) =>
    `\`version${version ? `: "${version}"` : ""}\` is obsolete: Compose ignores it and warns on every run. Remove it` +
    (swarm ? ", once every Swarm deploying this stack runs Docker 25 or later (older `docker stack deploy` refuses a file without it)." : "."),
  fix: ({ swarm }, { file }) => {
    const found = topLevelEntry(file, "version");
    const edit = found && removeEntryLines(file, found);
    return edit && { title: "Remove the obsolete version key", applicability: swarm ? "unsafe" : "safe", edits: [edit] };
  },
});
