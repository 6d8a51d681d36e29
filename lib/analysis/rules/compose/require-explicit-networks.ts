import { definesService, serviceLayers } from "../../compose/project";
import { keyRange, serviceEntry } from "../../compose/query";
import { defineComposeRule } from "../types";

export default defineComposeRule<{ service: string }>({
  meta: {
    id: "require-explicit-networks",
    aliases: ["compose-explicit-networks", "ce14a68b"],
    category: "security",
    severity: "info",
    fileKind: "compose",
    profiles: { recommended: "off" },
    docs: {
      summary: "A service sits on the default network.",
      whatItDoes: "Flags services with neither `networks:` nor `network_mode:`.",
      whyItMatters:
        "On the default network every service can reach every other one. Named networks let you separate the " +
        "public-facing services from the databases they use.",
      example: "services:\n  web:\n    image: nginx:1.27\n",
      useInstead: "services:\n  web:\n    image: nginx:1.27\n    networks: [frontend]\nnetworks:\n  frontend: {}\n",
      fixSafety: "No fix: the network layout is a design decision.",
      whenNotToUse: "Off by default: small projects where every service talks to every other.",
    },
  },
  check({ file, project }, report) {
    for (const service of file.services) {
      if (!definesService(project, service)) continue;
      if (serviceLayers(project, service.name).some((layer) => serviceEntry(layer, "networks") || serviceEntry(layer, "network_mode"))) continue;
      report({ range: keyRange(service), data: { service: service.name } });
    }
  },
  message: ({ service }) => `\`${service}\` uses the default network, where every service reaches every other. Attach it to named networks that match who needs to talk to it.`,
});
