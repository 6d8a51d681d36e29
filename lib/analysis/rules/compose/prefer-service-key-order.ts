import { isMap } from "yaml";
import { rangeOf } from "../../compose/nodes";
import { firstOutOfOrder, groupRank } from "../../compose/order";
import { childEntries } from "../../compose/query";
import { defineComposeRule } from "../types";

/** dclint's default groups: what the service is, what it needs, its data, environment, network, runtime, metadata, security. */
const GROUPS = [
  ["image", "build", "container_name"],
  ["depends_on"],
  ["volumes", "volumes_from", "configs", "secrets"],
  ["environment", "env_file"],
  ["ports", "networks", "network_mode", "extra_hosts"],
  ["command", "entrypoint", "working_dir", "restart", "healthcheck"],
  ["logging", "labels"],
  ["user", "isolation"],
];

export default defineComposeRule<{ key: string; after: string }>({
  meta: {
    id: "prefer-service-key-order",
    aliases: ["compose-service-keys-order", "service-keys-order"],
    category: "style",
    severity: "style",
    fileKind: "compose",
    profiles: { recommended: "off", strict: "off" },
    docs: {
      summary: "A service's keys are not in the conventional order.",
      whatItDoes:
        "Flags the first service key out of this group order: image/build/container_name; depends_on; volumes, " +
        "configs, secrets; environment, env_file; ports, networks; command, entrypoint, working_dir, restart, " +
        "healthcheck; logging, labels; user; then everything else.",
      whyItMatters: "When every service lists its keys in the same order, readers find what they look for in the same place.",
      example: "services:\n  web:\n    ports: [\"80:80\"]\n    image: nginx:1.27\n",
      useInstead: "services:\n  web:\n    image: nginx:1.27\n    ports: [\"80:80\"]\n",
      fixSafety: "No fix: moving keys would move their comments.",
      whenNotToUse: "Off by default: a style choice.",
    },
  },
  check({ file }, report) {
    for (const service of file.services) {
      // Only the keys written in the service itself: those a merge key brings in have their own place.
      const keys = childEntries(file, service.node).filter((entry) => isMap(service.node) && service.node.items.includes(entry.pair));
      const unsorted = firstOutOfOrder(keys, (entry) => groupRank(GROUPS, String(entry.key.value)));
      if (unsorted) report({ range: rangeOf(file.lines, unsorted.value.key), data: { key: String(unsorted.value.key.value), after: String(unsorted.after.key.value) } });
    }
  },
  message: ({ key, after }) => `\`${key}\` comes after \`${after}\`; list service keys in the conventional order (image, depends_on, volumes, environment, ports, command…).`,
});
