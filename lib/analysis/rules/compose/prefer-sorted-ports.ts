import { rangeOf, text } from "../../compose/nodes";
import { firstOutOfOrder } from "../../compose/order";
import { ports } from "../../compose/query";
import { defineComposeRule } from "../types";

export default defineComposeRule<{ service: string; port: string; after: string }>({
  meta: {
    id: "prefer-sorted-ports",
    aliases: ["compose-ports-sorted", "service-ports-alphabetical-order"],
    category: "style",
    severity: "style",
    fileKind: "compose",
    profiles: { recommended: "off", strict: "off" },
    docs: {
      summary: "A service's ports are not in order.",
      whatItDoes: "Flags the first published port that sorts before the one above it (by host port, then container port).",
      whyItMatters: "Sorted port lists make a duplicate or a forgotten port easy to see.",
      example: "services:\n  web:\n    image: nginx:1.27\n    ports: [\"443:443\", \"80:80\"]\n",
      useInstead: "services:\n  web:\n    image: nginx:1.27\n    ports: [\"80:80\", \"443:443\"]\n",
      fixSafety: "No fix: reordering would move comments.",
      whenNotToUse: "Off by default: a style choice.",
    },
  },
  check({ file }, report) {
    for (const service of file.services) {
      const numbered = ports(service).map((port) => ({ port, key: Number((port.published ?? port.target ?? "").split("-")[0]) * 100000 + Number((port.target ?? "").split("-")[0]) }));
      const unsorted = firstOutOfOrder(numbered.filter(({ key }) => Number.isFinite(key)), ({ key }) => key);
      if (unsorted) {
        const label = (node: typeof unsorted.value) => text(node.port.node) ?? node.port.published ?? node.port.target ?? "";
        report({ range: rangeOf(file.lines, unsorted.value.port.node), data: { service: service.name, port: label(unsorted.value), after: label(unsorted.after) } });
      }
    }
  },
  message: ({ service, port, after }) => `\`${port}\` comes after \`${after}\` in the ports of \`${service}\`; keep ports in ascending order.`,
});
