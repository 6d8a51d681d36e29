import type { Node } from "yaml";
import { flatMapped } from "../../arrays";
import { rangeOf } from "../../compose/nodes";
import { certainlyMerged, serviceLayers, serviceNames } from "../../compose/project";
import { mayRunTogether, portLayers, ports, replicaCount, runsContainer, serviceProfiles } from "../../compose/query";
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

interface Data {
  service: string;
  port: number;
  other: string;
  /** The service whose `ports` the mapping is written in, when the service gets it through `extends`. */
  extended: string | undefined;
}

export default defineComposeRule<Data>({
  meta: {
    id: "no-duplicate-host-ports",
    aliases: ["compose-unique-host-ports", "no-duplicate-exported-ports"],
    category: "correctness",
    severity: "error",
    fileKind: "compose",
    docs: {
      summary: "Two services publish the same host port.",
      whatItDoes:
        "Flags a published host port (per protocol) that an earlier service already publishes on the same host address, " +
        "or on every address (no address, `0.0.0.0` or `::`), which takes the port on all of them. Ports count as Compose " +
        "merges them: from every file of the project (overrides, `include`) and from the services a service `extends`.",
      whyItMatters: "Only one container can bind a host port: the second service fails to start with \"port is already allocated\".",
      example: "services:\n  web:\n    image: nginx:1.27\n    ports: [\"8080:80\"]\n  api:\n    image: acme/api:1.8\n    ports: [\"8080:3000\"]\n",
      useInstead: "services:\n  web:\n    image: nginx:1.27\n    ports: [\"8080:80\"]\n  api:\n    image: acme/api:1.8\n    ports: [\"8081:3000\"]\n",
      fixSafety: "No fix: pick a free port, and update what connects to it.",
      whenNotToUse: "Services in different profiles that never run together.",
    },
  },
  check({ file, project }, report) {
    // Every mapping of the project's services, as Compose merges them (every file, the services a service extends), in
    // the order the files merge and the text runs: a clash is reported at the later mapping, when that is in this file.
    const mappings = flatMapped(serviceNames(project), (name) => {
      const layers = portLayers(project, name);
      if (layers.length === 0 || replicaCount(project, name) === 0 || !runsContainer(project, layers.at(-1)!)) return [];
      // Services in profiles that are never active together (`cpu`, `gpu`) may publish the same port.
      const profiles = serviceLayers(project, name).map(serviceProfiles).filter((listed) => listed.length > 0).at(-1) ?? [];
      // A file beside the base file that shares none of its services may be a separate example: its ports are no clash.
      const merged = layers.filter((layer) => !project.layers.includes(layer.file) || certainlyMerged(project, layer.file));
      return flatMapped(merged, (layer) => ports(layer).map((port) => ({ name, layer, port, profiles, at: [project.layers.indexOf(layer.file), port.node.range?.[0] ?? 0] })));
    }).sort((a, b) => a.at[0]! - b.at[0]! || a.at[1]! - b.at[1]!);
    const taken = new Map<string, Holder[]>();
    const reported = new Set<Node>();
    for (const { name, layer, port, profiles } of mappings) {
      for (const number of port.published ? hostPorts(port.published) : []) {
        const key = `${number}/${port.protocol}`;
        const address = boundAddress(port.hostIp);
        const holders = taken.get(key) ?? [];
        const other = holders.find((holder) =>
          (holder.service !== name || holder.target !== port.target) && (holder.address === undefined || address === undefined || holder.address === address) && mayRunTogether(holder.profiles, profiles));
        if (other) {
          if (layer.file === file && !reported.has(port.node)) {
            reported.add(port.node);
            report({ range: rangeOf(file.lines, port.node), data: { service: name, port: number, other: other.service, extended: layer.name !== name ? layer.name : undefined } });
          }
          break;
        }
        taken.set(key, [...holders, { service: name, profiles, address, target: port.target ?? "" }]);
      }
    }
  },
  message: ({ service, port, other, extended }) =>
    `\`${service}\` publishes host port ${port}${extended ? ` (through \`extends: ${extended}\`)` : ""}, which ${other === service ? "it" : `\`${other}\``} already publishes; the second container to start fails with "port is already allocated". Choose another host port.`,
});
