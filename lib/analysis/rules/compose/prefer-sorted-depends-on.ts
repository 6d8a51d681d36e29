import { isScalar, type Node } from "yaml";
import { rangeOf, text } from "../../compose/nodes";
import { firstOutOfOrder } from "../../compose/order";
import { childEntries, serviceEntry, serviceItems } from "../../compose/query";
import { defineComposeRule } from "../types";

export default defineComposeRule<{ service: string; name: string; after: string }>({
  meta: {
    id: "prefer-sorted-depends-on",
    aliases: ["compose-depends-on-sorted", "service-dependencies-alphabetical-order"],
    category: "style",
    severity: "style",
    fileKind: "compose",
    profiles: { recommended: "off", strict: "off" },
    docs: {
      summary: "A service's dependencies are not in alphabetical order.",
      whatItDoes: "Flags the first `depends_on` entry that sorts before the one above it.",
      whyItMatters: "Sorted lists are quicker to scan and produce smaller diffs.",
      example: "services:\n  app:\n    image: a:1\n    depends_on: [redis, db]\n",
      useInstead: "services:\n  app:\n    image: a:1\n    depends_on: [db, redis]\n  db:\n    image: postgres:17\n  redis:\n    image: redis:7\n",
      fixSafety: "No fix: reordering long-form entries would move their comments.",
      whenNotToUse: "Off by default: a style choice.",
    },
  },
  check({ file }, report) {
    for (const service of file.services) {
      const found = serviceEntry(service, "depends_on");
      const names: Array<{ name: string; node: Node }> = [
        ...serviceItems(service, "depends_on").filter(isScalar).map((node) => ({ name: text(node) ?? "", node: node as Node })),
        ...childEntries(file, found?.value).map((entry) => ({ name: String(entry.key.value), node: entry.key as Node })),
      ];
      const unsorted = firstOutOfOrder(names, ({ name }) => name.toLowerCase());
      if (unsorted) report({ range: rangeOf(file.lines, unsorted.value.node), data: { service: service.name, name: unsorted.value.name, after: unsorted.after.name } });
    }
  },
  message: ({ service, name, after }) => `\`${name}\` comes after \`${after}\` in the dependencies of \`${service}\`; keep them in alphabetical order.`,
});
