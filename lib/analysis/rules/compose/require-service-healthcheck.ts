import { definesService, serviceLayers } from "../../compose/project";
import { hasHealthcheckDecision, keyRange, runsContainer, serviceEntry } from "../../compose/query";
import type { ComposeService } from "../../compose/model";
import { defineComposeRule } from "../types";

export default defineComposeRule<{ service: ComposeService }>({
  meta: {
    id: "require-service-healthcheck",
    aliases: ["compose-healthcheck", "698ed579"],
    category: "reliability",
    severity: "info",
    fileKind: "compose",
    docs: {
      summary: "A service has no healthcheck.",
      whatItDoes:
        "Flags services started from an image that have no `healthcheck:` in any file merged with this one. Services " +
        "built from a Dockerfile are checked together with that Dockerfile (its `HEALTHCHECK`) when it is part of the review.",
      whyItMatters:
        "Without a healthcheck Docker only knows that the process exists, not that it answers. Dependants cannot wait " +
        "for it (`condition: service_healthy`), and a hung service is never reported or replaced.",
      example: "services:\n  db:\n    image: postgres:17\n",
      useInstead:
        "services:\n  db:\n    image: postgres:17\n    healthcheck:\n      test: [\"CMD-SHELL\", \"pg_isready -U postgres\"]\n      interval: 10s\n      retries: 5\n",
      fixSafety: "No fix: what \"healthy\" means is specific to each service.",
      whenNotToUse: "One-shot jobs (migrations, seeders) and images that declare their own HEALTHCHECK.",
    },
  },
  check({ file, project }, report) {
    for (const service of file.services) {
      if (!definesService(project, service) || !runsContainer(project, service) || hasHealthcheckDecision(project, service.name)) continue;
      if (serviceLayers(project, service.name).some((layer) => serviceEntry(layer, "build"))) continue;
      report({ range: keyRange(service), data: { service } });
    }
  },
  message: ({ service }) =>
    `\`${service.name}\` has no healthcheck, so Docker cannot tell a hung service from a working one and dependants cannot wait for it to be ready. Add a \`healthcheck\` that exercises it.`,
});
