import { appendToMapping } from "../../compose/edits";
import type { ComposeService } from "../../compose/model";
import { definesService } from "../../compose/project";
import { keyRange, projectSets, runsContainer } from "../../compose/query";
import { defineComposeRule } from "../types";

export default defineComposeRule<{ service: ComposeService }>({
  meta: {
    id: "require-restart-policy",
    aliases: ["compose-restart-policy", "2fc99041"],
    category: "reliability",
    severity: "info",
    fileKind: "compose",
    docs: {
      summary: "A service has no restart policy.",
      whatItDoes: "Flags services with neither `restart:` nor `deploy.restart_policy` in any file merged with this one.",
      whyItMatters:
        "The default is `no`: a service that crashes, or a host that reboots, leaves it down until someone notices " +
        "and starts it by hand.",
      example: "services:\n  api:\n    image: acme/api:1.8\n",
      useInstead: "services:\n  api:\n    image: acme/api:1.8\n    restart: unless-stopped\n",
      fixSafety: "The fix adds `restart: unless-stopped`; unsafe because the service then comes back after crashes and reboots, which one-shot jobs must not.",
      whenNotToUse: "One-shot jobs (migrations, seeders, test runners) that should run once and stop.",
    },
  },
  check({ file, project }, report) {
    for (const service of file.services) {
      if (!definesService(project, service) || !runsContainer(project, service) || projectSets(project, service, ["restart"], ["deploy", "restart_policy"])) continue;
      report({ range: keyRange(service), data: { service } });
    }
  },
  message: ({ service }) =>
    `\`${service.name}\` has no restart policy, so a crash or a host reboot leaves it down. Add \`restart: unless-stopped\` (or \`on-failure\`) unless it is a one-shot job.`,
  fix: ({ service }, { file }) => {
    const edit = appendToMapping(file, service.node, ["restart: unless-stopped"]);
    return edit && { title: "Add restart: unless-stopped", applicability: "unsafe", edits: [edit] };
  },
});
