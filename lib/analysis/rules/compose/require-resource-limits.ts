import { definesService } from "../../compose/project";
import { keyRange, projectSets, runsContainer } from "../../compose/query";
import { defineComposeRule } from "../types";

export default defineComposeRule<{ service: string; missing: string[] }>({
  meta: {
    id: "require-resource-limits",
    aliases: ["compose-memory-limit", "bb9ac4f7", "compose-cpu-limit", "6b610c50"],
    category: "reliability",
    severity: "info",
    fileKind: "compose",
    docs: {
      summary: "A service has no memory or CPU limit.",
      whatItDoes:
        "Flags services without a memory limit (`deploy.resources.limits.memory` or `mem_limit`) or without a CPU " +
        "limit (`deploy.resources.limits.cpus` or `cpus`) in any file merged with this one.",
      whyItMatters:
        "A leak or a traffic spike in one unlimited container takes the memory and CPU of every other service on the " +
        "host, and the kernel's out-of-memory killer then picks a victim, not necessarily the culprit.",
      example: "services:\n  api:\n    image: acme/api:1.8\n",
      useInstead: "services:\n  api:\n    image: acme/api:1.8\n    deploy:\n      resources:\n        limits:\n          cpus: \"0.50\"\n          memory: 512M\n",
      fixSafety: "No fix: limits must come from the service's measured needs.",
      whenNotToUse: "Development files, and hosts that run a single service.",
    },
  },
  check({ file, project }, report) {
    for (const service of file.services) {
      if (!definesService(project, service) || !runsContainer(project, service)) continue;
      const has = (...paths: string[][]) => projectSets(project, service, ...paths);
      const missing = [
        ...(has(["mem_limit"], ["deploy", "resources", "limits", "memory"]) ? [] : ["memory"]),
        ...(has(["cpus"], ["cpu_quota"], ["deploy", "resources", "limits", "cpus"]) ? [] : ["CPU"]),
      ];
      if (missing.length > 0) report({ range: keyRange(service), data: { service: service.name, missing } });
    }
  },
  message: ({ service, missing }) =>
    `\`${service}\` has no ${missing.join(" or ")} limit, so ${missing.includes("memory") ? "a memory leak or a spike" : "a busy loop or a spike"} in it ${missing.length === 2 ? "takes the memory and CPU of" : missing[0] === "memory" ? "takes the memory of" : "takes the CPU of"} every other service on the host. Set \`deploy.resources.limits\`.`,
});
