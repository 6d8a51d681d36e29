import { flatMapped } from "../../arrays";
import { rangeOf } from "../../compose/nodes";
import { mergedEntry, serviceLayers } from "../../compose/project";
import { resolvedText, serviceEntry, serviceEntryAt } from "../../compose/query";
import { defineComposeRule } from "../types";

export default defineComposeRule<{ service: string; replicas: number }>({
  meta: {
    id: "no-container-name-with-replicas",
    aliases: ["compose-container-name-replicas"],
    category: "correctness",
    severity: "error",
    fileKind: "compose",
    docs: {
      summary: "A service with several replicas sets a fixed `container_name`.",
      whatItDoes: "Flags `container_name` on a service whose `deploy.replicas` or `scale` (in any file merged with this one) is above 1.",
      whyItMatters: "Every replica would need the same container name; Compose refuses to scale such a service.",
      example: "services:\n  api:\n    image: acme/api:1.8\n    container_name: api\n    deploy:\n      replicas: 3\n",
      useInstead: "services:\n  api:\n    image: acme/api:1.8\n    deploy:\n      replicas: 3\n",
      fixSafety: "No fix: remove the name after checking nothing refers to it.",
      whenNotToUse: "Always keep it on: Compose itself fails on this.",
    },
  },
  check({ file, project }, report) {
    for (const service of file.services) {
      const name = mergedEntry(project, service.name, "container_name");
      if (!name) continue;
      const counts = flatMapped(serviceLayers(project, service.name), (layer) => [serviceEntryAt(layer, "deploy", "replicas"), serviceEntry(layer, "scale")].map((found) => ({ layer, found })))
        .filter(({ found }) => Number.isFinite(Number(resolvedText(found?.value))));
      const decisive = counts.at(-1);
      const replicas = Number(resolvedText(decisive?.found?.value));
      if (!decisive || !(replicas > 1)) continue;
      // The name and the replica count may come from different files: point at the one this file sets.
      const blamed = name.service === service ? name.found.key : decisive.layer === service ? decisive.found!.key : undefined;
      if (blamed) report({ range: rangeOf(file.lines, blamed), data: { service: service.name, replicas } });
    }
  },
  message: ({ service, replicas }) =>
    `\`${service}\` asks for ${replicas} replicas but sets a fixed \`container_name\`, which only one container can have; Compose refuses to scale it. Remove \`container_name\`.`,
});
