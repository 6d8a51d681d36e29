import { rangeOf } from "../../compose/nodes";
import { childEntries, mounts, resolvedText, topLevelEntry } from "../../compose/query";
import { normalizePath } from "../../paths";
import { defineComposeRule } from "../types";

/** Host directories whose exposure gives away the host (KICS's list of OS directories, trimmed to what matters). */
const SENSITIVE = ["/", "/bin", "/boot", "/dev", "/etc", "/lib", "/lib64", "/proc", "/root", "/sbin", "/sys", "/usr", "/var", "/var/lib/docker", "/var/run", "/run"];

/** Files shared to give containers the host's clock settings. */
const HARMLESS = ["/etc/localtime", "/etc/timezone"];
/** Public material containers read from the host: its CA certificates (writable, they would let a container plant one). */
const HARMLESS_READ_ONLY = ["/etc/ssl/certs", "/etc/ca-certificates", "/etc/pki/ca-trust", "/usr/share/ca-certificates"];
/** A user's credential directories, wherever the home is (`~/.ssh`, `${HOME}/.aws`, `/home/ci/.kube`). */
const CREDENTIALS = /(^|\/)\.(ssh|aws|kube|docker|gnupg|azure|config\/gcloud)(\/|$)/;

function sensitiveRoot(source: string, readOnly: boolean): string | undefined {
  const path = normalizePath(source);
  if (/docker\.sock$/.test(path)) return undefined; // no-docker-socket-mount says it better
  if (HARMLESS.includes(path) || (readOnly && HARMLESS_READ_ONLY.some((root) => path === root || path.startsWith(`${root}/`)))) return undefined;
  if (CREDENTIALS.test(path)) return path;
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
        "`/var`, `/usr`…) and of a user's credential directories (`~/.ssh`, `~/.aws`, `~/.kube`, `~/.docker`…), directly " +
        "or through a named volume whose `driver_opts.device` points there. The CA certificates mounted read-only are fine.",
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
        const root = mount.type === "bind" && mount.source ? sensitiveRoot(mount.source, mount.readOnly) : undefined;
        if (root) report({ range: rangeOf(file.lines, mount.node), data: { service: service.name, source: mount.source!, readOnly: mount.readOnly } });
      }
    }
    // A local volume can be a bind mount in disguise: `driver_opts: {type: none, o: bind, device: /etc}`.
    for (const volume of childEntries(file, topLevelEntry(file, "volumes")?.value)) {
      const options = childEntries(file, volume.value).find((found) => found.key.value === "driver_opts");
      const device = childEntries(file, options?.value).find((found) => found.key.value === "device");
      const path = resolvedText(device?.value);
      if (path && sensitiveRoot(path, false)) report({ range: rangeOf(file.lines, device!.value), data: { service: undefined, source: path, readOnly: false } });
    }
  },
  message: ({ service, source, readOnly }) =>
    `${service ? `\`${service}\`` : "This volume"} mounts the host's \`${source}\`${readOnly ? " (read-only)" : ", writable"}: it exposes the host's configuration, credentials or kernel interfaces to the container. Mount only the files it needs.`,
});
