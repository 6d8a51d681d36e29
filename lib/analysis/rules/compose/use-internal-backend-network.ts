import { rangeOf } from "../../compose/nodes";
import { childEntries, isTrue, topLevelEntry } from "../../compose/query";
import { defineComposeRule } from "../types";

/** Names people give to networks that should never reach the outside world. */
const BACKEND_NAME = /^(back|backend|back-end|internal|private|db|database|data|storage)([_-]?(net|network|tier))?$/i;

export default defineComposeRule<{ network: string }>({
  meta: {
    id: "use-internal-backend-network",
    aliases: ["compose-internal-backend-network"],
    category: "security",
    severity: "info",
    fileKind: "compose",
    docs: {
      summary: "A backend network is not marked `internal`.",
      whatItDoes: "Flags top-level networks named like a backend (`backend`, `internal`, `db`, `private`…) without `internal: true`.",
      whyItMatters:
        "Containers on a non-internal network can open connections to the internet. A database has no reason to; " +
        "`internal: true` takes that path away from anyone who takes it over.",
      example: "networks:\n  backend:\n    driver: bridge\n",
      useInstead: "networks:\n  backend:\n    driver: bridge\n    internal: true\n",
      fixSafety: "The fix adds `internal: true`; unsafe, because services on it that download or call external APIs lose that access.",
      whenNotToUse: "Backends that must reach external services (payment APIs, package mirrors) through this network.",
    },
  },
  check({ file }, report) {
    const networks = topLevelEntry(file, "networks");
    for (const network of childEntries(file, networks?.value)) {
      const name = String(network.key.value);
      if (!BACKEND_NAME.test(name)) continue;
      const settings = childEntries(file, network.value);
      const setting = (key: string) => settings.find((found) => found.key.value === key)?.value;
      if (isTrue(setting("internal")) || isTrue(setting("external"))) continue;
      report({ range: rangeOf(file.lines, network.key), data: { network: name } });
    }
  },
  message: ({ network }) =>
    `The network \`${network}\` is named as a backend but can reach the internet. Add \`internal: true\` so that services only on it (databases, caches) cannot open outside connections.`,
});
