import { firstOutOfOrder } from "../../compose/order";
import { keyRange } from "../../compose/query";
import { defineComposeRule } from "../types";

export default defineComposeRule<{ service: string; after: string }>({
  meta: {
    id: "prefer-sorted-services",
    aliases: ["compose-services-sorted", "services-alphabetical-order"],
    category: "style",
    severity: "style",
    fileKind: "compose",
    profiles: { recommended: "off", strict: "off" },
    docs: {
      summary: "Services are not in alphabetical order.",
      whatItDoes: "Flags the first service whose name sorts before the one above it.",
      whyItMatters: "In long files, alphabetical order lets readers find a service without searching.",
      example: "services:\n  web:\n    image: nginx:1.27\n  api:\n    image: acme/api:1\n",
      useInstead: "services:\n  api:\n    image: acme/api:1\n  web:\n    image: nginx:1.27\n",
      fixSafety: "No fix: moving blocks would also move their comments and anchors.",
      whenNotToUse: "Off by default: many files order services by data flow, which reads better.",
    },
  },
  check({ file }, report) {
    const found = firstOutOfOrder(file.services, (service) => service.name.toLowerCase());
    if (found) report({ range: keyRange(found.value), data: { service: found.value.name, after: found.after.name } });
  },
  message: ({ service, after }) => `\`${service}\` comes after \`${after}\`; keep services in alphabetical order.`,
});
