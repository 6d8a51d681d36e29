import { rangeOf } from "../../compose/nodes";
import { resolvedText, serviceEntry } from "../../compose/query";
import { defineComposeRule } from "../types";

/** Keys that can put a container into one of the host's namespaces, and what sharing it gives away. */
const NAMESPACES: Array<{ key: string; exposes: string }> = [
  { key: "network_mode", exposes: "the host's network stack: every port on every interface, and services bound to localhost" },
  { key: "pid", exposes: "every process on the host, to inspect and signal" },
  { key: "ipc", exposes: "the host's shared memory" },
  { key: "userns_mode", exposes: "the host's user namespace, bypassing user remapping" },
  { key: "uts", exposes: "the host's hostname, which it can change" },
];

export default defineComposeRule<{ service: string; key: string; exposes: string }>({
  meta: {
    id: "no-host-namespace",
    aliases: [
      "compose-no-host-network", "071a71ff", "compose-no-host-pid", "4f31dd9f",
      "compose-no-host-ipc", "baa3890f", "compose-no-host-userns", "8af7162d",
    ],
    category: "security",
    severity: "warning",
    fileKind: "compose",
    docs: {
      summary: "A service shares a namespace with the host.",
      whatItDoes: "Flags `network_mode: host`, `pid: host`, `ipc: host`, `userns_mode: host` and `uts: host`.",
      whyItMatters:
        "Namespaces are what separates a container from the host. Sharing the network exposes every host port and " +
        "localhost-only service; sharing PIDs lets the container see and signal every host process.",
      example: "services:\n  app:\n    image: acme/app:1.4\n    network_mode: host\n",
      useInstead: "services:\n  app:\n    image: acme/app:1.4\n    ports:\n      - \"127.0.0.1:8080:8080\"\n",
      fixSafety: "No fix: publishing the right ports instead depends on the application.",
      whenNotToUse: "Host-level tools (monitoring agents, some VPNs, DHCP servers) that need the host's namespace.",
    },
  },
  check({ file }, report) {
    for (const service of file.services) {
      for (const { key, exposes } of NAMESPACES) {
        const found = serviceEntry(service, key);
        if (found?.value && resolvedText(found.value) === "host") {
          report({ range: rangeOf(file.lines, found.value), data: { service: service.name, key, exposes } });
        }
      }
    }
  },
  message: ({ service, key, exposes }) => `\`${key}: host\` gives \`${service}\` ${exposes}. Keep the container's own namespace unless it is a host-level tool.`,
});
