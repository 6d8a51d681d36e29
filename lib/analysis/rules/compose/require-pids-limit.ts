import { definesService, mergedEntry } from "../../compose/project";
import { keyRange, projectSets, resolvedText } from "../../compose/query";
import { defineComposeRule } from "../types";

export default defineComposeRule<{ service: string }>({
  meta: {
    id: "require-pids-limit",
    aliases: ["compose-pids-limit", "221e0658"],
    category: "reliability",
    severity: "info",
    fileKind: "compose",
    profiles: { recommended: "off" },
    docs: {
      summary: "A service may start unlimited processes.",
      whatItDoes: "Flags services without `pids_limit` (or `deploy.resources.limits.pids`), or with `-1`.",
      whyItMatters: "A fork bomb or a runaway worker pool in one container exhausts the host's process table, and nothing else can start.",
      example: "services:\n  api:\n    image: acme/api:1.8\n",
      useInstead: "services:\n  api:\n    image: acme/api:1.8\n    pids_limit: 200\n",
      fixSafety: "No fix: the right limit depends on the service's thread and process count.",
      whenNotToUse: "Off by default: a defence-in-depth setting most projects leave to the host.",
    },
  },
  check({ file, project }, report) {
    for (const service of file.services) {
      if (!definesService(project, service)) continue;
      const limit = mergedEntry(project, service.name, "pids_limit");
      if (limit && resolvedText(limit.found.value) !== "-1") continue;
      if (!limit && projectSets(project, service, ["deploy", "resources", "limits", "pids"])) continue;
      report({ range: keyRange(service), data: { service: service.name } });
    }
  },
  message: ({ service }) => `\`${service}\` may start any number of processes, so a fork bomb or runaway pool in it exhausts the host. Set \`pids_limit\`.`,
});
