import { rangeOf, text } from "../../compose/nodes";
import { serviceItems } from "../../compose/query";
import { defineComposeRule } from "../types";

/** Options that switch a kernel isolation layer off, and what that layer does. */
const DISABLING: Array<{ pattern: RegExp; layer: string }> = [
  { pattern: /^seccomp[:=]unconfined$/i, layer: "the seccomp filter that blocks dangerous system calls" },
  { pattern: /^apparmor[:=]unconfined$/i, layer: "the AppArmor profile" },
  { pattern: /^label[:=]disable$/i, layer: "SELinux separation between containers" },
];

export default defineComposeRule<{ service: string; option: string; layer: string }>({
  meta: {
    id: "no-unconfined-security-opt",
    aliases: ["compose-no-seccomp-unconfined", "seccomp-confinement-disabled", "404fde2c", "compose-no-selinux-disable", "selinux-separation-disabled"],
    category: "security",
    severity: "warning",
    fileKind: "compose",
    docs: {
      summary: "A service switches off seccomp, AppArmor or SELinux.",
      whatItDoes: "Flags `security_opt` entries `seccomp:unconfined`, `apparmor:unconfined` and `label:disable`.",
      whyItMatters:
        "These profiles stop a container from making the system calls and file accesses most kernel exploits need. " +
        "Turning them off removes a layer of defence for every process in the container.",
      example: "services:\n  app:\n    image: acme/app:1.4\n    security_opt:\n      - seccomp:unconfined\n",
      useInstead: "services:\n  app:\n    image: acme/app:1.4\n    security_opt:\n      - seccomp:./seccomp-app.json\n",
      fixSafety: "No fix: write a profile that allows the one call the service needs instead.",
      whenNotToUse: "Debugging sessions (strace, perf) that are not deployed.",
    },
  },
  check({ file }, report) {
    for (const service of file.services) {
      for (const item of serviceItems(service, "security_opt")) {
        const option = text(item)?.trim() ?? "";
        const disabling = DISABLING.find(({ pattern }) => pattern.test(option));
        if (disabling) report({ range: rangeOf(file.lines, item), data: { service: service.name, option, layer: disabling.layer } });
      }
    }
  },
  message: ({ service, option, layer }) =>
    `\`${option}\` switches off ${layer} for \`${service}\`. Keep the default profile, or write one that allows only the extra calls the service needs.`,
});
