import { rangeOf } from "../../compose/nodes";
import { ports } from "../../compose/query";
import { defineComposeRule } from "../types";

/** The individual host ports of a published value (`8000-8002` is three ports). */
function hostPorts(published: string): number[] {
  const [from, to = from] = published.split("-").map(Number);
  if (!Number.isInteger(from) || !Number.isInteger(to) || to! < from! || to! - from! > 1000) return [];
  return Array.from({ length: to! - from! + 1 }, (_, i) => from! + i);
}

export default defineComposeRule<{ service: string; port: number; other: string }>({
  meta: {
    id: "no-duplicate-host-ports",
    aliases: ["compose-unique-host-ports", "no-duplicate-exported-ports"],
    category: "correctness",
    severity: "error",
    fileKind: "compose",
    docs: {
      summary: "Two services publish the same host port.",
      whatItDoes: "Flags a published host port (per protocol and host address) that an earlier service of the file already publishes.",
      whyItMatters: "Only one container can bind a host port: the second service fails to start with \"port is already allocated\".",
      example: "services:\n  web:\n    image: nginx:1.27\n    ports: [\"8080:80\"]\n  api:\n    image: acme/api:1.8\n    ports: [\"8080:3000\"]\n",
      useInstead: "services:\n  web:\n    image: nginx:1.27\n    ports: [\"8080:80\"]\n  api:\n    image: acme/api:1.8\n    ports: [\"8081:3000\"]\n",
      fixSafety: "No fix: pick a free port, and update what connects to it.",
      whenNotToUse: "Services in different profiles that never run together.",
    },
  },
  check({ file }, report) {
    const taken = new Map<string, string>();
    for (const service of file.services) {
      for (const port of ports(service)) {
        for (const number of port.published ? hostPorts(port.published) : []) {
          const key = `${port.hostIp ?? "0.0.0.0"}:${number}/${port.protocol}`;
          const other = taken.get(key);
          if (other !== undefined && other !== service.name) {
            report({ range: rangeOf(file.lines, port.node), data: { service: service.name, port: number, other } });
            break;
          }
          taken.set(key, service.name);
        }
      }
    }
  },
  message: ({ service, port, other }) =>
    `\`${service}\` publishes host port ${port}, which \`${other}\` already publishes; the second container to start fails with "port is already allocated". Choose another host port.`,
});
