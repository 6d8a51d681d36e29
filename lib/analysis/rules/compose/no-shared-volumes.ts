import { rangeOf } from "../../compose/nodes";
import { mounts } from "../../compose/query";
import { defineComposeRule } from "../types";

export default defineComposeRule<{ service: string; volume: string; other: string }>({
  meta: {
    id: "no-shared-volumes",
    aliases: ["compose-no-shared-volumes", "8c978947"],
    category: "security",
    severity: "info",
    fileKind: "compose",
    profiles: { recommended: "off" },
    docs: {
      summary: "Several services mount the same named volume.",
      whatItDoes: "Flags a named volume mounted by a service when an earlier service of the file already mounts it.",
      whyItMatters:
        "A shared volume is a channel between containers: one that is compromised can plant files the other reads " +
        "or executes. Two writers of the same data also risk corrupting it.",
      example: "services:\n  app:\n    image: acme/app:1\n    volumes: [\"uploads:/data\"]\n  worker:\n    image: acme/worker:1\n    volumes: [\"uploads:/data\"]\nvolumes:\n  uploads: {}\n",
      useInstead: "services:\n  app:\n    image: acme/app:1\n    volumes: [\"uploads:/data\"]\n  worker:\n    image: acme/worker:1\n    volumes: [\"uploads:/data:ro\"]\nvolumes:\n  uploads: {}\n",
      fixSafety: "No fix is offered: the right setting depends on the service and its host.",
      whenNotToUse: "Off by default: sharing a volume between an app and its worker is a common, deliberate design.",
    },
  },
  check({ file }, report) {
    const firstUser = new Map<string, string>();
    for (const service of file.services) {
      for (const mount of mounts(service)) {
        if (mount.type !== "volume" || !mount.source) continue;
        const other = firstUser.get(mount.source);
        if (other === undefined) firstUser.set(mount.source, service.name);
        else if (other !== service.name && !mount.readOnly) report({ range: rangeOf(file.lines, mount.node), data: { service: service.name, volume: mount.source, other } });
      }
    }
  },
  message: ({ service, volume, other }) =>
    `\`${service}\` writes to the volume \`${volume}\` that \`${other}\` also mounts, so each can plant files for the other. Mount it read-only where the service only reads it.`,
});
