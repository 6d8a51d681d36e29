import { rangeOf } from "../../compose/nodes";
import { mayRunTogether, ports, serviceProfiles } from "../../compose/query";
import { defineComposeRule } from "../types";

/** The individual host ports of a published value (`8000-8002` is three ports). */
function hostPorts(published: string): number[] {
  const [from, to = from] = published.split("-").map(Number);
  if (!Number.isInteger(from) || !Number.isInteger(to) || to! < from! || to! - from! > 1000) return [];
  return Array.from({ length: to! - from! + 1 }, (_, i) => from! + i);
}

/** The host address a port binds, `undefined` for every address (no address, `0.0.0.0`, `::`). */
function boundAddress(hostIp: string | undefined): string | undefined {
  const address = hostIp?.replace(/^\[(.*)\]$/, "$1");
  return address === undefined || address === "" || address === "0.0.0.0" || address === "::" ? undefined : address;
}

interface Holder {
  service: string;
  profiles: string[];
  address: string | undefined;
  /** The container port it forwards to: one service may list the same mapping twice, not two for one host port. */
  target: string;
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
      whatItDoes:
        "Flags a published host port (per protocol) that an earlier service of the file already publishes on the same " +
        "host address, or on every address (no address, `0.0.0.0` or `::`), which takes the port on all of them.",
      whyItMatters: "Only one container can bind a host port: the second service fails to start with \"port is already allocated\".",
      example: "services:\n  web:\n    image: nginx:1.27\n    ports: [\"8080:80\"]\n  api:\n    image: acme/api:1.8\n    ports: [\"8080:3000\"]\n",
      useInstead: "services:\n  web:\n    image: nginx:1.27\n    ports: [\"8080:80\"]\n  api:\n    image: acme/api:1.8\n    ports: [\"8081:3000\"]\n",
      fixSafety: "No fix: pick a free port, and update what connects to it.",
      whenNotToUse: "Services in different profiles that never run together.",
    },
  },
  check({ file }, report) {
    // Services in profiles that are never active together (`cpu`, `gpu`) may publish the same port.
    const taken = new Map<string, Holder[]>();
    for (const service of file.services) {
      const profiles = serviceProfiles(service);
      for (const port of ports(service)) {
        for (const number of port.published ? hostPorts(port.published) : []) {
          const key = `${number}/${port.protocol}`;
          const address = boundAddress(port.hostIp);
          const holders = taken.get(key) ?? [];
          const other = holders.find((holder) =>
            (holder.service !== service.name || holder.target !== port.target) && (holder.address === undefined || address === undefined || holder.address === address) && mayRunTogether(holder.profiles, profiles));
          if (other) {
            report({ range: rangeOf(file.lines, port.node), data: { service: service.name, port: number, other: other.service } });
            break;
          }
          taken.set(key, [...holders, { service: service.name, profiles, address, target: port.target ?? "" }]);
        }
      }
    }
  },
  message: ({ service, port, other }) =>
    `\`${service}\` publishes host port ${port}, which ${other === service ? "it" : `\`${other}\``} already publishes; the second container to start fails with "port is already allocated". Choose another host port.`,
});
