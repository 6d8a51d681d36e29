import { appendToMapping } from "../../compose/edits";
import type { ComposeService } from "../../compose/model";
import { definesService, serviceLayers } from "../../compose/project";
import { keyRange, projectSets, resolvedText, runsContainer, serviceEntry, serviceEntryAt } from "../../compose/query";
import { defineComposeRule } from "../types";

/** Drivers that keep logs on the host's disk without a size bound unless told to. */
const UNBOUNDED_DRIVERS = new Set(["json-file"]);

export default defineComposeRule<{ service: ComposeService; hasLogging: boolean }>({
  meta: {
    id: "require-log-rotation",
    aliases: ["compose-log-rotation"],
    category: "reliability",
    severity: "info",
    fileKind: "compose",
    docs: {
      summary: "A service's logs grow without limit.",
      whatItDoes:
        "Flags services that use the default `json-file` logging driver without `max-size` in `logging.options` " +
        "(in any file merged with this one).",
      whyItMatters:
        "By default Docker keeps every line a container prints, in one file per container, forever. A chatty service " +
        "fills the host's disk, and then every service on it fails.",
      example: "services:\n  api:\n    image: acme/api:1.8\n",
      useInstead: "services:\n  api:\n    image: acme/api:1.8\n    logging:\n      options:\n        max-size: \"10m\"\n        max-file: \"3\"\n",
      fixSafety: "The fix keeps 3 files of 10 MB; unsafe because older log lines are then discarded.",
      whenNotToUse: "Hosts whose daemon.json already sets log rotation for every container, or that use another log driver.",
    },
  },
  check({ file, project }, report) {
    for (const service of file.services) {
      if (!definesService(project, service) || !runsContainer(project, service)) continue;
      const layers = serviceLayers(project, service.name);
      // The last file that names a driver decides it; Docker's default is json-file.
      const driver = layers.map((layer) => resolvedText(serviceEntryAt(layer, "logging", "driver")?.value)).filter((name) => name !== undefined).at(-1) ?? "json-file";
      if (!UNBOUNDED_DRIVERS.has(driver) || projectSets(project, service, ["logging", "options", "max-size"])) continue;
      report({ range: keyRange(service), data: { service, hasLogging: layers.some((layer) => serviceEntry(layer, "logging")) } });
    }
  },
  message: ({ service }) =>
    `\`${service.name}\` keeps every log line on the host's disk forever (json-file without \`max-size\`); a chatty service fills the disk. Set \`logging.options.max-size\` and \`max-file\`.`,
  fix: ({ service, hasLogging }, { file }) => {
    if (hasLogging) return undefined;
    const edit = appendToMapping(file, service.node, ["logging:", "  options:", '    max-size: "10m"', '    max-file: "3"']);
    return edit && { title: "Rotate logs (3 files of 10 MB)", applicability: "unsafe", edits: [edit] };
  },
});
