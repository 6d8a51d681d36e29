import { rangeOf } from "../../compose/nodes";
import { mayRunTogether, resolvedText, serviceEntry, serviceProfiles } from "../../compose/query";
import { defineComposeRule } from "../types";

export default defineComposeRule<{ service: string; name: string; other: string }>({
  meta: {
    id: "no-duplicate-container-names",
    aliases: ["compose-unique-container-names"],
    category: "correctness",
    severity: "error",
    fileKind: "compose",
    docs: {
      summary: "Two services set the same `container_name`.",
      whatItDoes: "Flags a `container_name` that an earlier service of the file already uses.",
      whyItMatters: "Container names are unique per host: the second service fails to start with \"name is already in use\".",
      example: "services:\n  a:\n    image: x:1\n    container_name: app\n  b:\n    image: y:1\n    container_name: app\n",
      useInstead: "services:\n  a:\n    image: x:1\n    container_name: app-a\n  b:\n    image: y:1\n    container_name: app-b\n",
      fixSafety: "No fix: scripts may refer to the name.",
      whenNotToUse: "Always keep it on: Compose itself fails on this.",
    },
  },
  check({ file }, report) {
    // Services in profiles that are never active together (`cpu`, `gpu`) may share a name.
    const taken = new Map<string, { service: string; profiles: string[] }[]>();
    for (const service of file.services) {
      const found = serviceEntry(service, "container_name");
      const name = found?.value && resolvedText(found.value);
      if (!name) continue;
      const profiles = serviceProfiles(service);
      const holders = taken.get(name) ?? [];
      const other = holders.find((holder) => mayRunTogether(holder.profiles, profiles));
      if (other) report({ range: rangeOf(file.lines, found!.value), data: { service: service.name, name, other: other.service } });
      else taken.set(name, [...holders, { service: service.name, profiles }]);
    }
  },
  message: ({ service, name, other }) =>
    `\`${service}\` uses the container name \`${name}\`, which \`${other}\` already uses; the second one fails to start with "name is already in use". Give each service its own name, or none.`,
});
