import { rangeOf } from "../../compose/nodes";
import { mounts } from "../../compose/query";
import { defineComposeRule } from "../types";

const SHARED = new Set(["shared", "rshared", "slave", "rslave"]);

export default defineComposeRule<{ service: string; propagation: string }>({
  meta: {
    id: "no-shared-mount-propagation",
    aliases: ["compose-no-shared-mount-propagation", "baa452f0"],
    category: "security",
    severity: "warning",
    fileKind: "compose",
    docs: {
      summary: "A bind mount propagates mounts between host and container.",
      whatItDoes: "Flags bind mounts with propagation `shared`, `rshared`, `slave` or `rslave`.",
      whyItMatters:
        "With shared propagation, mounts made inside the container appear on the host (and the reverse), so the " +
        "container can change what the host and other containers see.",
      example: "services:\n  app:\n    image: acme/app:1.4\n    volumes:\n      - /mnt/data:/data:rshared\n",
      useInstead: "services:\n  app:\n    image: acme/app:1.4\n    volumes:\n      - /mnt/data:/data\n",
      fixSafety: "No fix: some storage drivers need propagation; check before removing it.",
      whenNotToUse: "Storage plugins and CSI drivers that mount volumes for other containers.",
    },
  },
  check({ file }, report) {
    for (const service of file.services) {
      for (const mount of mounts(service)) {
        if (mount.propagation && SHARED.has(mount.propagation)) report({ range: rangeOf(file.lines, mount.node), data: { service: service.name, propagation: mount.propagation } });
      }
    }
  },
  message: ({ service, propagation }) =>
    `This mount of \`${service}\` uses \`${propagation}\` propagation, so mounts cross between the container and the host. Use the default (private) propagation unless the service manages mounts.`,
});
