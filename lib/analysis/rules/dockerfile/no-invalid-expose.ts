import { exposedPorts, portBounds } from "../../dockerfile/expose";
import { defineDockerfileRule } from "../types";

type Data = { kind: "port"; text: string; port: string } | { kind: "protocol"; text: string; protocol: string };

const PROTOCOLS = new Set(["tcp", "udp", "sctp"]);

export default defineDockerfileRule<Data>({
  meta: {
    id: "no-invalid-expose",
    aliases: ["DL3011", "DS-0008", "UNIX Ports Out Of Range", "invalid-port", "invalidPort", "invalidProtocol", "invalid_port"],
    category: "correctness",
    severity: "error",
    fileKind: "dockerfile",
    profiles: { hadolint: "error" },
    docs: {
      summary: "`EXPOSE` names an impossible port or protocol.",
      whatItDoes:
        "Flags `EXPOSE` ports that are not numbers from 0 to 65535 (or ranges whose start exceeds the end) and " +
        "protocols other than `tcp`, `udp` and `sctp`. Ports held in variables are skipped.",
      whyItMatters: "The build fails on them, or the port documented to users and tools does not exist.",
      example: "FROM nginx:1.27\nEXPOSE 80800\n",
      useInstead: "FROM nginx:1.27\nEXPOSE 8080\n",
      fixSafety: "No fix is offered: the intended port is unknown.",
      whenNotToUse: "Never: these values cannot work.",
    },
  },
  check({ model }, report) {
    for (const expose of model.instructions) {
      if (expose.keyword !== "EXPOSE") continue;
      for (const port of exposedPorts(expose)) {
        if (port.dynamic) continue;
        const bounds = portBounds(port.port);
        if (!bounds || bounds[1] > 65535 || bounds[0] > bounds[1]) {
          report({ range: port.range, data: { kind: "port", text: port.text, port: port.port } });
        } else if (port.protocol !== undefined && !PROTOCOLS.has(port.protocol.toLowerCase())) {
          report({ range: port.protocolRange ?? port.range, data: { kind: "protocol", text: port.text, protocol: port.protocol } });
        }
      }
    }
  },
  message: (data) =>
    data.kind === "port"
      ? `\`${data.port}\` is not a valid port (a number from 0 to 65535, or a \`start-end\` range), so \`EXPOSE ${data.text}\` cannot work. Expose the port the application listens on.`
      : `\`${data.protocol}\` is not a protocol Docker knows; use \`tcp\`, \`udp\` or \`sctp\`.`,
});
