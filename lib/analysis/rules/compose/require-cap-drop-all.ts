import { flatMapped } from "../../arrays";
import { definesService, serviceLayers } from "../../compose/project";
import { keyRange, serviceItems } from "../../compose/query";
import { text } from "../../compose/nodes";
import { defineComposeRule } from "../types";

export default defineComposeRule<{ service: string }>({
  meta: {
    id: "require-cap-drop-all",
    aliases: ["compose-cap-drop-all"],
    category: "security",
    severity: "info",
    fileKind: "compose",
    profiles: { recommended: "off" },
    docs: {
      summary: "A service keeps Docker's default capabilities.",
      whatItDoes: "Flags services whose `cap_drop` (in any file merged with this one) does not include `ALL`.",
      whyItMatters:
        "Docker grants a dozen capabilities by default (CHOWN, NET_RAW, SETUID…) that most applications never use. " +
        "Dropping all and adding back the one or two needed shrinks what an intruder can do.",
      example: "services:\n  api:\n    image: acme/api:1.8\n",
      useInstead: "services:\n  api:\n    image: acme/api:1.8\n    cap_drop: [ALL]\n    cap_add: [NET_BIND_SERVICE]\n",
      fixSafety: "No fix: which capabilities the service needs must be tried out.",
      whenNotToUse: "Off by default: images that switch users or change file ownership at start need some capabilities back.",
    },
  },
  check({ file, project }, report) {
    for (const service of file.services) {
      if (!definesService(project, service)) continue;
      const drops = flatMapped(serviceLayers(project, service.name), (layer) => serviceItems(layer, "cap_drop").map((item) => text(item)?.toUpperCase()));
      if (!drops.includes("ALL")) report({ range: keyRange(service), data: { service: service.name } });
    }
  },
  message: ({ service }) =>
    `\`${service}\` keeps Docker's default capabilities, most of which it never uses. Add \`cap_drop: [ALL]\` and \`cap_add\` back only what it needs.`,
});
