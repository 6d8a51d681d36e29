import { appendToMapping, appendToSequence } from "../../compose/edits";
import type { ComposeService } from "../../compose/model";
import { text } from "../../compose/nodes";
import { definesService, serviceLayers } from "../../compose/project";
import { keyRange, runsContainer, serviceEntry, serviceItems } from "../../compose/query";
import { defineComposeRule } from "../types";

function setsNoNewPrivileges(service: ComposeService): boolean {
  return serviceItems(service, "security_opt").some((item) => /^no-new-privileges(:true|=true)?$/i.test(text(item)?.trim() ?? ""));
}

export default defineComposeRule<{ service: ComposeService }>({
  meta: {
    id: "require-no-new-privileges",
    aliases: ["compose-no-new-privileges", "no-new-privileges", "27fcc7d6", "compose-security-opt-set", "610e266e"],
    category: "security",
    severity: "info",
    fileKind: "compose",
    docs: {
      summary: "A service lets its processes gain privileges.",
      whatItDoes: "Flags services whose `security_opt` (in any file merged with this one) does not include `no-new-privileges:true`.",
      whyItMatters:
        "Without it, a setuid binary inside the container (su, sudo, ping on some images) can raise a compromised " +
        "process to root. The flag closes that path for the whole container at no cost for most applications.",
      example: "services:\n  api:\n    image: acme/api:1.8\n",
      useInstead: "services:\n  api:\n    image: acme/api:1.8\n    security_opt:\n      - no-new-privileges:true\n",
      fixSafety: "The fix adds the option; unsafe, because a service that relies on setuid binaries (sudo, su) stops working.",
      whenNotToUse: "Services that must switch users through setuid programs at run time.",
    },
  },
  check({ file, project }, report) {
    for (const service of file.services) {
      if (!definesService(project, service) || !runsContainer(project, service) || serviceLayers(project, service.name).some(setsNoNewPrivileges)) continue;
      report({ range: keyRange(service), data: { service } });
    }
  },
  message: ({ service }) =>
    `\`${service.name}\` does not set \`no-new-privileges:true\`, so a setuid binary can turn a compromised process into root. Add it under \`security_opt\`.`,
  fix: ({ service }, { file }) => {
    const existing = serviceEntry(service, "security_opt");
    const edit = existing
      ? appendToSequence(file, existing.value, "no-new-privileges:true")
      : appendToMapping(file, service.node, ["security_opt:", "  - no-new-privileges:true"]);
    return edit && { title: "Add no-new-privileges:true to security_opt", applicability: "unsafe", edits: [edit] };
  },
});
