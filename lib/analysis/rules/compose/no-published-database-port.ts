import { isScalar } from "yaml";
import { rangeOf } from "../../compose/nodes";
import { imageOf, isDataStore, ports, type PortMapping } from "../../compose/query";
import type { Fix } from "../../types";
import { defineComposeRule } from "../types";

interface Data {
  service: string;
  image: string;
  port: PortMapping;
}

/** No host address, or the wildcard one: the port is open on every interface of the host. */
function isEveryInterface(hostIp: string | undefined): boolean {
  return hostIp === undefined || hostIp === "" || /^(0\.0\.0\.0|\[?::\]?)$/.test(hostIp);
}

export default defineComposeRule<Data>({
  meta: {
    id: "no-published-database-port",
    aliases: ["compose-database-port-published"],
    category: "security",
    severity: "warning",
    fileKind: "compose",
    docs: {
      summary: "A database or cache publishes its port on every host interface.",
      whatItDoes:
        "Flags `ports:` of services running a database, cache or broker image (postgres, mysql, mariadb, mongo, " +
        "redis, memcached, elasticsearch, rabbitmq…, Bitnami's too) that publish to all interfaces (no host address, or " +
        "0.0.0.0; a container port alone is published on a random host port) " +
        "rather than to 127.0.0.1 or another address of your choosing.",
      whyItMatters:
        "Other services reach the database over the compose network without any published port. Publishing it on " +
        "0.0.0.0 puts it on the internet wherever the host is reachable, and Docker's rules bypass host firewalls " +
        "such as ufw. Exposed Redis and MongoDB instances are scanned for and taken over within hours.",
      example: "services:\n  db:\n    image: postgres:17\n    ports:\n      - \"5432:5432\"\n",
      useInstead: "services:\n  db:\n    image: postgres:17\n    ports:\n      - \"127.0.0.1:5432:5432\"\n",
      fixSafety: "The fix binds the port to 127.0.0.1; unsafe because clients on other machines lose access.",
      whenNotToUse: "A database host that other machines must reach, protected by a firewall in front of Docker.",
    },
  },
  check({ file, project }, report) {
    for (const service of file.services) {
      const image = imageOf(service, project);
      if (!isDataStore(image)) continue;
      for (const port of ports(service)) {
        // An address of its own (`10.8.0.1:5432:5432`, a VPN or private network) is a choice, not every interface. A
        // container port alone (`- "3306"`) is published too, on a random host port.
        if (isEveryInterface(port.hostIp)) {
          report({ range: rangeOf(file.lines, port.node), data: { service: service.name, image: image!.name, port } });
        }
      }
    }
  },
  message: ({ service, image, port }) =>
    `\`${service}\` (${image}) publishes ${port.published === undefined ? `port ${port.target} on a random host port` : `port ${port.published}`} on every interface of the host, past host firewalls. Other services reach it over the compose network without it; if you need it from the host, bind it to 127.0.0.1.`,
  fix: ({ port }, { file }): Fix | undefined => {
    // Short syntax only, without a host address: prefixing "127.0.0.1:" is then exact.
    if (!isScalar(port.node) || port.hostIp !== undefined || !port.node.range || typeof port.node.value !== "string") return undefined;
    const start = port.node.range[0] + (port.node.type === "PLAIN" ? 0 : 1);
    const at = file.lines.positionAt(start);
    // `127.0.0.1::3306` keeps the random host port of a container port given alone.
    const edits = [{ range: { start: at, end: at }, text: port.published === undefined ? "127.0.0.1::" : "127.0.0.1:" }];
    // A plain scalar starting with an address would read as a mapping key no more: `- 127.0.0.1::3306` is still a string.
    if (port.node.type === "PLAIN" && port.published !== undefined && !port.node.value.includes(":")) return undefined;
    return { title: "Publish the port on 127.0.0.1 only", applicability: "unsafe", edits };
  },
});
