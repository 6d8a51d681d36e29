import { defineComposeRule } from "../types";
import { topLevelEntry } from "../../compose/query";

export default defineComposeRule<Record<string, never>>({
  meta: {
    id: "require-project-name",
    aliases: ["compose-project-name", "require-project-name-field"],
    category: "style",
    severity: "style",
    fileKind: "compose",
    profiles: { recommended: "off", strict: "off" },
    docs: {
      summary: "The file does not name its project.",
      whatItDoes: "Flags a base compose file without a top-level `name:`.",
      whyItMatters:
        "Without it the project is named after the directory, so the same file run from two checkouts (or renamed " +
        "directories) creates separate containers, networks and volumes.",
      example: "services:\n  web:\n    image: nginx:1.27\n",
      useInstead: "name: shop\nservices:\n  web:\n    image: nginx:1.27\n",
      fixSafety: "No fix: adding a name moves the project to new containers and volumes.",
      whenNotToUse: "Off by default: directory-based names are what most people expect.",
    },
  },
  check({ file, project }, report) {
    if (project.layers[0] !== file || !file.root || topLevelEntry(file, "name") || project.layers.some((layer) => topLevelEntry(layer, "name"))) return;
    report({ range: { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } }, data: {} });
  },
  message: () => "The project has no `name:`, so it is named after its directory: run from another checkout it creates separate containers and volumes. Add a top-level `name:`.",
});
