import { rangeOf } from "../../compose/nodes";
import { ports } from "../../compose/query";
import { defineComposeRule } from "../types";

export default defineComposeRule<{ service: string; port: number }>({
  meta: {
    id: "no-privileged-host-ports",
    aliases: ["compose-no-privileged-host-ports", "bc2908f3"],
    category: "security",
    severity: "info",
    fileKind: "compose",
    profiles: { recommended: "off" },
    docs: {
      summary: "A service publishes a host port below 1024.",
      whatItDoes: "Flags published host ports from 1 to 1023.",
      whyItMatters:
        "Ports below 1024 are reserved for the host's system services. Publishing them from a container can clash " +
        "with SSH, DNS or mail on the host, and usually means the container runs a public-facing service directly.",
      example: "services:\n  web:\n    image: nginx:1.27\n    ports: [\"80:80\"]\n",
      useInstead: "services:\n  web:\n    image: nginx:1.27\n    ports: [\"8080:80\"]\n",
      fixSafety: "No fix is offered: the right setting depends on the service and its host.",
      whenNotToUse: "Off by default: a reverse proxy is meant to publish 80 and 443.",
    },
  },
  check({ file }, report) {
    for (const service of file.services) {
      for (const port of ports(service)) {
        const number = Number(port.published?.split("-")[0]);
        if (Number.isInteger(number) && number > 0 && number < 1024) report({ range: rangeOf(file.lines, port.node), data: { service: service.name, port: number } });
      }
    }
  },
  message: ({ service, port }) => `\`${service}\` publishes host port ${port}, one of the ports reserved for the host's system services. Publish a port above 1023, or put a reverse proxy in front.`,
});
