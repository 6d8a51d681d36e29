import { rangeOf } from "../../compose/nodes";
import { ports } from "../../compose/query";
import { defineComposeRule } from "../types";

export default defineComposeRule<{ service: string; published: string }>({
  meta: {
    id: "require-host-ip-on-ports",
    aliases: ["compose-bind-host-interface", "no-unbound-port-interfaces", "451d79dc"],
    category: "security",
    severity: "info",
    fileKind: "compose",
    profiles: { recommended: "off" },
    docs: {
      summary: "A published port does not say which host interface it binds.",
      whatItDoes: "Flags published ports without a host address (`\"8080:80\"` rather than `\"127.0.0.1:8080:80\"`).",
      whyItMatters:
        "Without an address Docker binds 0.0.0.0 and opens the port in the host firewall on every interface. " +
        "Naming the interface makes exposure a decision.",
      example: "services:\n  web:\n    image: nginx:1.27\n    ports:\n      - \"8080:80\"\n",
      useInstead: "services:\n  web:\n    image: nginx:1.27\n    ports:\n      - \"127.0.0.1:8080:80\"\n",
      fixSafety: "No fix: whether the port should be public is yours to decide.",
      whenNotToUse: "Off by default: public web services are meant to listen everywhere.",
    },
  },
  check({ file }, report) {
    for (const service of file.services) {
      for (const port of ports(service)) {
        if (port.published !== undefined && port.hostIp === undefined) report({ range: rangeOf(file.lines, port.node), data: { service: service.name, published: port.published } });
      }
    }
  },
  message: ({ service, published }) =>
    `Port ${published} of \`${service}\` binds every host interface. Prefix it with the address it should listen on (\`127.0.0.1:\` for local access only, or the public address explicitly).`,
});
