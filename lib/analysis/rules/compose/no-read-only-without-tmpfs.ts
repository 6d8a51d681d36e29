import { rangeOf } from "../../compose/nodes";
import { serviceLayers } from "../../compose/project";
import { isTrue, mounts, serviceEntry } from "../../compose/query";
import { defineComposeRule } from "../types";

export default defineComposeRule<{ service: string }>({
  meta: {
    id: "no-read-only-without-tmpfs",
    aliases: ["compose-read-only-tmpfs"],
    category: "reliability",
    severity: "info",
    fileKind: "compose",
    docs: {
      summary: "A read-only service has nowhere to write temporary files.",
      whatItDoes: "Flags `read_only: true` on a service that has neither a `tmpfs` nor any volume mount.",
      whyItMatters:
        "Most programs write somewhere: `/tmp`, a PID file, a cache. With a read-only root and no writable mount they " +
        "fail at start or, worse, on the first request that needs a temporary file.",
      example: "services:\n  api:\n    image: acme/api:1.8\n    read_only: true\n",
      useInstead: "services:\n  api:\n    image: acme/api:1.8\n    read_only: true\n    tmpfs:\n      - /tmp\n",
      fixSafety: "No fix: add the paths the program writes to.",
      whenNotToUse: "Static binaries known to write nothing.",
    },
  },
  check({ file, project }, report) {
    for (const service of file.services) {
      const readOnly = serviceEntry(service, "read_only");
      if (!readOnly?.value || !isTrue(readOnly.value)) continue;
      const layers = serviceLayers(project, service.name);
      if (layers.some((layer) => serviceEntry(layer, "tmpfs") || mounts(layer).length > 0)) continue;
      report({ range: rangeOf(file.lines, readOnly.value), data: { service: service.name } });
    }
  },
  message: ({ service }) =>
    `\`${service}\` has a read-only file system and no \`tmpfs\` or volume, so anything it writes (\`/tmp\`, PID files, caches) fails. Add a \`tmpfs\` for the paths it writes.`,
});
