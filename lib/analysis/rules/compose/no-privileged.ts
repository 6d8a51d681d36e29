import { rangeOf } from "../../compose/nodes";
import type { Range } from "../../types";
import { isTrue, serviceEntry } from "../../compose/query";
import { defineComposeRule } from "../types";

export default defineComposeRule<{ service: string; range: Range }>({
  meta: {
    id: "no-privileged",
    aliases: ["compose-no-privileged", "privileged-service", "ae5b6871"],
    category: "security",
    severity: "error",
    fileKind: "compose",
    docs: {
      summary: "A service runs privileged.",
      whatItDoes: "Flags `privileged: true` on a service.",
      whyItMatters:
        "A privileged container gets every capability and every host device; escaping to the host is trivial. " +
        "Almost every need behind it (one device, one capability) can be granted on its own.",
      example: "services:\n  agent:\n    image: acme/agent:2.1\n    privileged: true\n",
      useInstead: "services:\n  agent:\n    image: acme/agent:2.1\n    cap_add:\n      - NET_ADMIN\n",
      fixSafety: "The fix sets `privileged: false`; it is unsafe because the service may rely on what privileged mode grants.",
      whenNotToUse: "Tools that really manage the host (Docker-in-Docker, some monitoring agents), reviewed as such.",
    },
  },
  check({ file }, report) {
    for (const service of file.services) {
      const found = serviceEntry(service, "privileged");
      if (found?.value && isTrue(found.value)) report({ range: rangeOf(file.lines, found.value), data: { service: service.name, range: rangeOf(file.lines, found.value) } });
    }
  },
  message: ({ service }) =>
    `\`${service}\` runs privileged: it gets every capability and host device, so a compromise of it is a compromise of the host. Grant only the capability or device it needs (\`cap_add\`, \`devices\`).`,
  fix: ({ range }) => ({ title: "Set privileged: false", applicability: "unsafe", edits: [{ range, text: "false" }] }),
});
