import { rangeOf } from "../../compose/nodes";
import { firstOutOfOrder, groupRank } from "../../compose/order";
import { childEntries } from "../../compose/query";
import { defineComposeRule } from "../types";

const ORDER = [["x-*"], ["version"], ["name"], ["include"], ["services"], ["networks"], ["volumes"], ["secrets"], ["configs"]];

export default defineComposeRule<{ key: string; after: string }>({
  meta: {
    id: "prefer-top-level-key-order",
    aliases: ["compose-top-level-order", "top-level-properties-order"],
    category: "style",
    severity: "style",
    fileKind: "compose",
    profiles: { recommended: "off", strict: "off" },
    docs: {
      summary: "Top-level keys are not in the conventional order.",
      whatItDoes: "Flags the first top-level key out of the order `x-…` extensions, `version`, `name`, `include`, `services`, `networks`, `volumes`, `secrets`, `configs`.",
      whyItMatters: "Readers expect the services first and the resources they use after them.",
      example: "volumes:\n  data: {}\nservices:\n  db:\n    image: postgres:17\n",
      useInstead: "services:\n  db:\n    image: postgres:17\nvolumes:\n  data: {}\n",
      fixSafety: "No fix: moving blocks would move their comments and anchors.",
      whenNotToUse: "Off by default: a style choice.",
    },
  },
  check({ file }, report) {
    const keys = file.root ? childEntries(file, file.root).filter((entry) => file.root!.items.includes(entry.pair)) : [];
    const unsorted = firstOutOfOrder(keys, (entry) => groupRank(ORDER, String(entry.key.value)));
    if (unsorted) report({ range: rangeOf(file.lines, unsorted.value.key), data: { key: String(unsorted.value.key.value), after: String(unsorted.after.key.value) } });
  },
  message: ({ key, after }) => `\`${key}\` comes after \`${after}\`; order top-level keys as extensions, name, include, services, networks, volumes, secrets, configs.`,
});
