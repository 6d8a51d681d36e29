import { rangeOf } from "../../compose/nodes";
import { serviceEntry } from "../../compose/query";
import { defineComposeRule } from "../types";

export default defineComposeRule<{ service: string }>({
  meta: {
    id: "no-custom-cgroup-parent",
    aliases: ["compose-no-custom-cgroup-parent", "4d9f44c6"],
    category: "security",
    severity: "info",
    fileKind: "compose",
    docs: {
      summary: "A service runs under a custom cgroup parent.",
      whatItDoes: "Flags `cgroup_parent` on a service.",
      whyItMatters:
        "The cgroup parent decides which limits apply to the container. Placing it under another cgroup can lift the " +
        "limits Docker would set, or share them with unrelated processes.",
      example: "services:\n  app:\n    image: acme/app:1.4\n    cgroup_parent: /system.slice\n",
      useInstead: "services:\n  app:\n    image: acme/app:1.4\n",
      fixSafety: "No fix is offered: the right setting depends on the service and its host.",
      whenNotToUse: "Hosts where the administrator places containers into dedicated cgroups on purpose.",
    },
  },
  check({ file }, report) {
    for (const service of file.services) {
      const found = serviceEntry(service, "cgroup_parent");
      if (found) report({ range: rangeOf(file.lines, found.key), data: { service: service.name } });
    }
  },
  message: ({ service }) =>
    `\`${service}\` runs under a custom cgroup parent, which can escape the resource limits Docker sets. Leave \`cgroup_parent\` unset unless the host's administrator asks for it.`,
});
