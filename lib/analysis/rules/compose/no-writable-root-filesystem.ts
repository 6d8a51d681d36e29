import { definesService, serviceLayers } from "../../compose/project";
import { isTrue, keyRange, serviceEntry } from "../../compose/query";
import { defineComposeRule } from "../types";

export default defineComposeRule<{ service: string }>({
  meta: {
    id: "no-writable-root-filesystem",
    aliases: ["compose-read-only-rootfs", "writable-filesystem-service"],
    category: "security",
    severity: "info",
    fileKind: "compose",
    profiles: { recommended: "off" },
    docs: {
      summary: "A service can write to its root file system.",
      whatItDoes: "Flags services without `read_only: true`.",
      whyItMatters:
        "An attacker who gets code execution usually writes a tool or changes a binary first. A read-only root file " +
        "system stops that; the few paths the application writes to get a `tmpfs` or a volume.",
      example: "services:\n  api:\n    image: acme/api:1.8\n",
      useInstead: "services:\n  api:\n    image: acme/api:1.8\n    read_only: true\n    tmpfs:\n      - /tmp\n",
      fixSafety: "No fix: which paths need to stay writable depends on the application.",
      whenNotToUse: "Off by default: most images need some adjustment before they run read-only.",
    },
  },
  check({ file, project }, report) {
    for (const service of file.services) {
      if (!definesService(project, service)) continue;
      if (serviceLayers(project, service.name).some((layer) => isTrue(serviceEntry(layer, "read_only")?.value))) continue;
      report({ range: keyRange(service), data: { service: service.name } });
    }
  },
  message: ({ service }) =>
    `\`${service}\` can write anywhere in its file system, so an intruder can drop tools or change binaries. Set \`read_only: true\` and give the paths it writes a \`tmpfs\` or volume.`,
});
