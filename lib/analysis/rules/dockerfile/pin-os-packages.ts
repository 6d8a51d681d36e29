import { isAptInstall, type Command, type CommandWord } from "../../dockerfile/commands";
import { defineDockerfileRule } from "../types";

interface Data {
  manager: string;
  /** The unpinned packages of one install command, in order. */
  names: string[];
  /** How the first of them is written pinned for this manager, e.g. `curl=<version>`. */
  pinned: string;
}

interface OsManager {
  /** What messages call it. */
  name: string;
  /** True when an operand is something other than a repository package (a local file, a group, a capability). */
  notAPackage(operand: string): boolean;
  isPinned(operand: string): boolean;
  pinned(name: string): string;
}

/** Local package files, paths and URLs: their version is the file's. */
const LOCAL = /^(\.{0,2}\/|~|[a-z]+:\/\/)|\.(deb|apk|rpm)$/i;

/**
 * rpm's `name-version[-release]`: a version starts with a digit (after an optional `epoch:`) and has no `-`; a
 * release, if any, holds a digit. So `httpd-2.4.62-1.el9` and `java-11-openjdk-11.0.25` are pinned,
 * `java-11-openjdk` and `python3-devel` are not.
 */
const RPM_PINNED = /-([0-9]+:)?[0-9][A-Za-z0-9.~^_+]*(-[A-Za-z0-9.~^_+]*[0-9][A-Za-z0-9.~^_+]*)?$/;
const rpmPinned = (operand: string) => {
  const match = RPM_PINNED.exec(operand);
  // The part before the version must still be a name (`foo-1-2` is `foo` 1-2, not the name `foo-1` without version).
  return match !== null && match.index > 0;
};

const APT: OsManager = {
  name: "apt-get",
  notAPackage: (operand) => LOCAL.test(operand),
  // `pkg/bookworm-backports` chooses a release on purpose: hadolint accepts it too.
  isPinned: (operand) => operand.includes("=") || operand.includes("/"),
  pinned: (name) => `${name}=<version>`,
};
const APK: OsManager = {
  name: "apk",
  // `!pkg` forbids a package (hadolint #956 flagged it).
  notAPackage: (operand) => LOCAL.test(operand) || operand.startsWith("!"),
  isPinned: (operand) => /[=~<>]/.test(operand),
  pinned: (name) => `${name}=<version>`,
};
const RPM: OsManager = {
  name: "dnf",
  // `@group`/`@module:stream`, file and capability provides (`/usr/bin/x`, `perl(Foo)`) have no version to pin.
  notAPackage: (operand) => LOCAL.test(operand) || operand.startsWith("@") || /[/()]/.test(operand),
  isPinned: rpmPinned,
  pinned: (name) => `${name}-<version>`,
};
const ZYPPER: OsManager = {
  name: "zypper",
  notAPackage: (operand) => LOCAL.test(operand) || /[/()]/.test(operand),
  isPinned: (operand) => /[=<>]/.test(operand),
  pinned: (name) => `${name}=<version>`,
};

/** At most five names, then a count (`a`, `b`, `c`, `d`, `e` and 4 more): a long list stays readable in a hover. */
function listed(names: readonly string[]): string {
  const shown = names.slice(0, 5).map((name) => `\`${name}\``).join(", ");
  return names.length > 5 ? `${shown} and ${names.length - 5} more` : shown;
}

/** The manager of an install command (`apt-get install`, `apk add`, `dnf install`…) and its package operands. */
function osInstall(command: Command): { manager: OsManager; operands: CommandWord[] } | undefined {
  if (isAptInstall(command)) return { manager: { ...APT, name: command.program! }, operands: command.operands };
  if (command.is("apk", "add")) return { manager: APK, operands: command.operands };
  for (const program of ["dnf", "yum", "microdnf", "tdnf"]) {
    if (command.is(program, "install")) return { manager: { ...RPM, name: program }, operands: command.operands };
  }
  // `zypper install -t pattern devel_basis`: patterns, patches and products are not versioned packages.
  if (command.is("zypper", "install") && (command.option("--type")?.value?.value ?? "package") === "package") {
    return { manager: ZYPPER, operands: command.operands };
  }
  return undefined;
}

export default defineDockerfileRule<Data>({
  meta: {
    id: "pin-os-packages",
    aliases: [
      "DL3008", "DL3018", "DL3033", "DL3037", "DL3041",
      "Apt Get Install Pin Version Not Defined", "Unpinned Package Version in Apk Add", "Yum install Without Version",
      "Missing Version Specification In dnf install", "Zypper Install Without Version",
      "pin-apt-packages", "pin-apk-packages", "pin-yum-packages", "pin-dnf-packages", "pin-zypper-packages",
    ],
    category: "reliability",
    severity: "info",
    fileKind: "dockerfile",
    profiles: { hadolint: "warning" },
    docs: {
      summary: "An OS package is installed without a version.",
      whatItDoes:
        "Flags the packages of an `apt-get install`, `apk add`, `dnf`/`yum`/`microdnf install` or `zypper install` written " +
        "without a version (pinned: `curl=8.5.0-2`, `curl=~8.5`, `httpd-2.4.62`, `curl>=8`), once per command, from the first " +
        "such package to the last. An apt release chosen on purpose (`curl/bookworm-backports`) counts as pinned, as in " +
        "hadolint. Local `.deb`/`.apk`/`.rpm` files, paths, rpm groups and capabilities, apk's `!pkg`, zypper patterns and " +
        "packages given through a variable are left alone.",
      whyItMatters:
        "Without a version, each build installs whatever the mirror has that day: two builds of the same commit can differ, " +
        "and a new package release can change behaviour with no change in the repository. This is a trade-off, not a clear " +
        "rule, and it is info-level for that reason: Debian and Ubuntu mirrors drop superseded versions, and Alpine keeps only " +
        "the newest build of each package in a release branch, so an exact pin breaks the build once a security update lands. Pinning the base image by " +
        "digest freezes the package index too and is usually the better lever; exact pins make sense with a snapshot mirror " +
        "(snapshot.debian.org) or a bot that bumps them.",
      example: "FROM debian:12-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl\n",
      useInstead:
        "FROM debian:12-slim\n# The version bookworm's mirror has as of November 2026: bump it (a bot can) when a security update replaces it.\n" +
        "RUN apt-get update && apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u15\n",
      fixSafety: "No fix is offered: the version to pin depends on the mirror and on when you build.",
      whenNotToUse:
        "Images rebuilt regularly to pick up security updates, where an exact pin would break the build when the mirror " +
        "drops the version; pin the base image by digest instead and turn this rule off.",
    },
  },
  check(context, report) {
    for (const run of context.model.instructions) {
      if (run.keyword !== "RUN") continue;
      for (const command of context.commands(run)) {
        const install = osInstall(command);
        if (!install) continue;
        const { manager } = install;
        const unpinned = install.operands.filter((operand) => operand.literal && !manager.notAPackage(operand.value) && !manager.isPinned(operand.value));
        if (unpinned.length === 0) continue;
        report({
          range: context.model.rangeOf(unpinned[0]!.start, unpinned.at(-1)!.end),
          data: { manager: manager.name, names: unpinned.map((operand) => operand.value), pinned: manager.pinned(unpinned[0]!.value) },
        });
      }
    }
  },
  message: ({ manager, names, pinned }) =>
    `\`${manager}\` installs ${names.length === 1 ? `\`${names[0]}\`` : `${names.length} packages (${listed(names)})`} at whatever version the ` +
    `mirror has when the image is built, so rebuilds can differ. Pin ${names.length === 1 ? "it" : "each"} as \`${pinned}\` if that ` +
    "matters more than the risk of the mirror dropping the version, or pin the base image by digest.",
});
