import { rangeOf, text } from "../../compose/nodes";
import { serviceItems } from "../../compose/query";
import { defineComposeRule } from "../types";

/** Capabilities that amount to (nearly) full control of the host. */
const BROAD = new Set(["ALL", "SYS_ADMIN", "SYS_MODULE", "SYS_PTRACE", "SYS_RAWIO", "DAC_READ_SEARCH"]);

export default defineComposeRule<{ service: string; capability: string }>({
  meta: {
    id: "no-cap-add-all",
    aliases: ["compose-drop-capabilities", "ce76b7d0"],
    category: "security",
    severity: "warning",
    fileKind: "compose",
    docs: {
      summary: "A service adds all capabilities, or one that is as good as all.",
      whatItDoes: "Flags `cap_add` entries `ALL`, `SYS_ADMIN`, `SYS_MODULE`, `SYS_PTRACE`, `SYS_RAWIO` and `DAC_READ_SEARCH`.",
      whyItMatters:
        "`ALL` is privileged mode without the devices; `SYS_ADMIN` allows mounting file systems and most container " +
        "escapes; `SYS_MODULE` loads kernel code. A narrow capability (`NET_BIND_SERVICE`, `CHOWN`) is almost always enough.",
      example: "services:\n  vpn:\n    image: acme/vpn:1.0\n    cap_add:\n      - ALL\n",
      useInstead: "services:\n  vpn:\n    image: acme/vpn:1.0\n    cap_add:\n      - NET_ADMIN\n",
      fixSafety: "No fix: only you know which capability the service really needs.",
      whenNotToUse: "System tools that need the capability and are reviewed as host-level software.",
    },
  },
  check({ file }, report) {
    for (const service of file.services) {
      for (const item of serviceItems(service, "cap_add")) {
        const capability = text(item)?.trim().toUpperCase().replace(/^CAP_/, "") ?? "";
        if (BROAD.has(capability)) report({ range: rangeOf(file.lines, item), data: { service: service.name, capability } });
      }
    }
  },
  message: ({ service, capability }) =>
    capability === "ALL"
      ? `\`${service}\` adds every capability, which is privileged mode in all but name. Add only the capabilities it needs.`
      : `\`${service}\` adds \`${capability}\`, which is enough to escape the container or control the host kernel. Find the narrower capability it needs.`,
});
