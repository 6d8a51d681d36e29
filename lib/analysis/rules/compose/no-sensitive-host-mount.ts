import { rangeOf } from "../../compose/nodes";
import { childEntries, mounts, resolvedText, topLevelEntry } from "../../compose/query";
import { normalizePath } from "../../paths";
import { defineComposeRule } from "../types";

/** Host directories whose exposure gives away the host (KICS's list of OS directories, trimmed to what matters). */
const SENSITIVE = ["/", "/bin", "/boot", "/dev", "/etc", "/lib", "/lib64", "/proc", "/root", "/sbin", "/sys", "/usr", "/var", "/var/lib/docker", "/var/run", "/run"];

/** Files shared to give containers the host's clock settings. */
const HARMLESS = ["/etc/localtime", "/etc/timezone"];

function sensitiveRoot(source: string): string | undefined {
  const path = normalizePath(source);
  if (/docker\.sock$/.test(path)) return undefined; // no-docker-socket-mount says it better
  if (HARMLESS.includes(path)) return undefined;
  return SENSITIVE.find((root) => path === root || (root !== "/" && ["/etc", "/proc", "/sys", "/boot", "/root"].includes(root) && path.startsWith(`${root}/`)));
}

export default defineComposeRule<{ service: string | undefined; source: string; readOnly: boolean }>({
  meta: {
    id: "no-sensitive-host-mount",
    aliases: ["compose-no-sensitive-host-mount", "1c1325ff"],
    category: "security",
    severity: "warning",
    fileKind: "compose",
    docs: {
      summary: "A host system directory is mounted into a service.",
      whatItDoes:
        "Flags bind mounts of the host's root or system directories (`/`, `/etc`, `/proc`, `/sys`, `/boot`, `/root`, " +
        "`/var`, `/usr`…), directly or through a named volume whose `driver_opts.device` points there.",
      whyItMatters:
        "These directories hold the host's credentials, kernel interfaces and binaries. A container that can write " +
        "them owns the host; one that can read them learns its secrets.",
      example: "services:\n  app:\n    image: acme/app:1.4\n    volumes:\n      - /etc:/host/etc\n",
      useInstead: "services:\n  app:\n    image: acme/app:1.4\n    volumes:\n      - ./config/app.conf:/etc/app/app.conf:ro\n",
      fixSafety: "No fix: mount only the file the service needs, read-only.",
      whenNotToUse: "Host monitoring agents (node-exporter, cAdvisor) that must read `/proc` or `/sys`, mounted read-only.",
    },
  },
  check({ file }, report) {
    for (const service of file.services) {
      for (const mount of mounts(service)) {
        const root = mount.type === "bind" && mount.source ? sensitiveRoot(mount.source) : undefined;
        if (root) report({ range: rangeOf(file.lines, mount.node), data: { service: service.name, source: mount.source!, readOnly: mount.readOnly } });
      }
    }
    // A local volume can be a bind mount in disguise: `driver_opts: {type: none, o: bind, device: /etc}`.
    for (const volume of childEntries(file, topLevelEntry(file, "volumes")?.value)) {
      const options = childEntries(file, volume.value).find((found) => found.key.value === "driver_opts");
      const device = childEntries(file, options?.value).find((found) => found.key.value === "device");
      const path = resolvedText(device?.value);
      if (path && sensitiveRoot(path)) report({ range: rangeOf(file.lines, device!.value), data: { service: undefined, source: path, readOnly: false } });
    }
  },
  message: ({ service, source, readOnly }) =>
    `${service ? `\`${service}\`` : "This volume"} mounts the host's \`${source}\`${readOnly ? " (read-only)" : ", writable"}: it exposes the host's configuration, credentials or kernel interfaces to the container. Mount only the files it needs.`,
});
