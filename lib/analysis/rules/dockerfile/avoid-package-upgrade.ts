import type { Command } from "../../dockerfile/commands";
import { defineDockerfileRule } from "../types";
import { lookupTable } from "../../lookup";

interface Data {
  command: string;
}

/** Per manager, the subcommands (canonical names from specs.ts) that upgrade every installed package. */
const WHOLE_SYSTEM = lookupTable<ReadonlySet<string>>({
  "apt-get": new Set(["upgrade", "dist-upgrade"]),
  "apt": new Set(["upgrade", "dist-upgrade"]),
  "apk": new Set(["upgrade"]),
  "yum": new Set(["update", "upgrade-minimal", "distro-sync"]),
  "dnf": new Set(["update", "upgrade-minimal", "distro-sync"]),
  "microdnf": new Set(["update", "upgrade-minimal", "distro-sync"]),
  "tdnf": new Set(["update", "upgrade-minimal", "distro-sync"]),
  "zypper": new Set(["update", "dist-upgrade", "patch"]),
});
/** Subcommands that upgrade the whole distribution even when packages are named. */
const ALWAYS_WHOLE = new Set(["dist-upgrade"]);

/** `dnf upgrade openssl` upgrades one package (a targeted fix); without operands, everything. */
function upgradesEverything(command: Command): boolean {
  const subcommands = command.program === undefined ? undefined : WHOLE_SYSTEM[command.program];
  // Only then read the options: parsing every command's options costs more than the rest of the rule.
  if (!subcommands) return false;
  const name = command.subcommandName;
  if (!name || !subcommands.has(name)) return false;
  return ALWAYS_WHOLE.has(name) || (command.program?.startsWith("apt") ?? false) || command.operands.length === 0;
}

export default defineDockerfileRule<Data>({
  meta: {
    id: "avoid-package-upgrade",
    aliases: [
      "DL3035", "DS-0024", "Run Using Upgrade Commands", "Run Using dnf Update", "Use of Apk Upgrade", "Yum Update Enabled",
      "Run Using Zypper Update", "avoid-apt-get-upgrade", "avoid-apk-upgrade", "avoid-dnf-update", "avoid-yum-update",
      "avoid-zypper-update", "apt-get-upgrade", "apt-get-dist-upgrade", "DKL-DI-0003",
    ],
    category: "maintainability",
    severity: "info",
    fileKind: "dockerfile",
    profiles: { recommended: "off", hadolint: "warning" },
    docs: {
      summary: "Every package of the base image is upgraded in a `RUN`.",
      whatItDoes:
        "Flags whole-system upgrades: `apt-get upgrade`/`dist-upgrade` (`apt` too), `apk upgrade`, `yum`/`dnf`/" +
        "`microdnf`/`tdnf` `update`/`upgrade`/`distro-sync` and `zypper update`/`patch`/`dist-upgrade` without " +
        "package names. Upgrading named packages (`dnf upgrade openssl`) is a targeted fix and is not flagged.",
      whyItMatters:
        "The upgrade makes the image differ from the base image it names, at whatever the mirrors hold on build day, " +
        "so two builds of the same Dockerfile can ship different packages; the upgraded files are also stored a second " +
        "time in a new layer. A newer base image (rebuilt regularly, pinned by digest) gives the same fixes " +
        "reproducibly. Docker's documentation no longer advises against upgrading, and Trivy deprecated its check: " +
        "shipping security fixes before the base image publishes them is a valid reason to upgrade.",
      example: "FROM debian:12-slim\nRUN apt-get update && apt-get upgrade -y && rm -rf /var/lib/apt/lists/*\n",
      useInstead: "FROM debian:12.7-slim\nRUN apt-get update && apt-get install -y --only-upgrade openssl && rm -rf /var/lib/apt/lists/*\n",
      fixSafety: "No fix: whether to upgrade, bump the base image or upgrade a few packages is your call.",
      whenNotToUse:
        "Off by default: upgrading in the build is a legitimate way to get security fixes before the base image does. " +
        "Turn it on for teams that want every package change to come from a base-image bump.",
    },
  },
  check(context, report) {
    for (const run of context.model.instructions) {
      if (run.keyword !== "RUN") continue;
      for (const command of context.commands(run)) {
        if (upgradesEverything(command)) report({ range: command.range, data: { command: `${command.program} ${command.subcommand!.value}` } });
      }
    }
  },
  message: ({ command }) =>
    `\`${command}\` upgrades every package of the base image, to whatever the mirrors hold on build day: builds stop being reproducible and the upgraded files take a new layer. Prefer a newer base image, or upgrade only the packages that need a fix.`,
});
