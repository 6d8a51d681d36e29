import type { Command } from "../../dockerfile/commands";
import { shippedRuns } from "../../dockerfile/stages";
import type { TextEdit } from "../../types";
import { defineDockerfileRule } from "../types";
import { appendToRun, followedBy, mountsCacheAt, removesPath } from "./package-managers";

interface Data {
  /** The install as written: `dnf install`, `zypper in`. */
  command: string;
  cacheDirectory: string;
  cleanup: string;
  append: TextEdit | undefined;
}

interface RpmFamily {
  programs: ReadonlySet<string>;
  /** Subcommands (canonical names from specs.ts) that download metadata or packages into the cache. */
  filling: ReadonlySet<string>;
  cleans(command: Command): boolean;
  cleanup(program: string): string;
  /** Where the cache lives, for the message; and what removing it or mounting a cache there looks like. */
  cacheDirectory(program: string): string;
  cachePath: RegExp;
}

/** yum, dnf, microdnf and tdnf share their caches on current distributions; any of them may clean after another. */
const DNF: RpmFamily = {
  programs: new Set(["yum", "dnf", "microdnf", "tdnf"]),
  filling: new Set(["install", "reinstall", "update", "groupinstall", "localinstall", "downgrade", "upgrade-minimal", "distro-sync", "makecache", "group", "swap", "builddep"]),
  cleans: (command) => DNF.programs.has(command.program ?? "") && command.subcommandName === "clean" && command.operands.some((word) => word.value === "all"),
  cleanup: (program) => `${program} clean all`,
  cacheDirectory: (program) => (program === "tdnf" ? "/var/cache/tdnf" : program === "dnf" ? "/var/cache/dnf" : "/var/cache/yum"),
  cachePath: /^\/var\/cache(\/(yum|dnf|libdnf5|tdnf))?(\/\*?)?$/,
};
const ZYPPER: RpmFamily = {
  programs: new Set(["zypper"]),
  filling: new Set(["install", "update", "dist-upgrade", "patch", "source-install", "refresh"]),
  cleans: (command) => command.is("zypper", "clean"),
  cleanup: () => "zypper clean --all",
  cacheDirectory: () => "/var/cache/zypp",
  cachePath: /^\/var\/cache(\/zypp)?(\/\*?)?$/,
};
const FAMILIES = [DNF, ZYPPER];

export default defineDockerfileRule<Data>({
  meta: {
    id: "no-rpm-cache-left",
    aliases: [
      "DL3032", "DL3036", "DL3040", "DS-0015", "DS-0019", "DS-0020", "DS-0027",
      "Yum Clean All Missing", "Missing Dnf Clean All", "Missing Zypper Clean", "missing-yum-clean-all", "missing-dnf-clean-all", "missing-zypper-clean",
    ],
    category: "size",
    severity: "warning",
    fileKind: "dockerfile",
    profiles: { hadolint: "warning" },
    docs: {
      summary: "yum, dnf, microdnf or zypper leave their cache in the image.",
      whatItDoes:
        "Flags, in stages that ship, a `RUN` whose `yum`/`dnf`/`microdnf`/`tdnf` `install`, `update`, `makecache`… or " +
        "`zypper install`, `update`, `refresh`… is not followed in the same `RUN` by `<manager> clean all` " +
        "(`zypper clean`), by deleting the cache directory (`rm -rf /var/cache/dnf`), and does not keep the cache in " +
        "a cache or tmpfs mount. One finding per `RUN` and manager, at its last install.",
      whyItMatters:
        "These managers keep the repository metadata and the downloaded packages under `/var/cache`: often a hundred " +
        "megabytes or more, shipped with every pull of the image. Cleaning in a later `RUN` does not help: the earlier " +
        "layer still contains them.",
      example: "FROM fedora:40\nRUN dnf install -y httpd\n",
      useInstead: "FROM fedora:40\nRUN dnf install -y httpd && dnf clean all\n",
      fixSafety:
        "Safe: appends `&& <manager> clean all` (`zypper clean --all`) to the `RUN`; later installs download the " +
        "metadata again. Offered unless the `RUN` ends with a heredoc, a comment or a background job.",
      whenNotToUse: "Stages that never ship (the rule already skips them).",
    },
  },
  check(context, report) {
    for (const run of shippedRuns(context.model)) {
      const details = context.run(run);
      for (const family of FAMILIES) {
        const cleanedLater = followedBy(details.commands, (later) => family.cleans(later) || removesPath(later, family.cachePath));
        const uncleaned = details.commands.filter((command, index) =>
          family.programs.has(command.program ?? "") && family.filling.has(command.subcommandName ?? "") && !cleanedLater(command, index));
        const last = uncleaned.at(-1);
        if (!last || mountsCacheAt(details, family.cachePath)) continue;
        const program = last.program!;
        const cleanup = family.cleanup(program);
        report({
          range: last.range,
          data: { command: `${program} ${last.subcommand!.value}`, cacheDirectory: family.cacheDirectory(program), cleanup, append: appendToRun(context, run, ` && ${cleanup}`) },
        });
      }
    }
  },
  message: ({ command, cacheDirectory, cleanup }) =>
    `\`${command}\` leaves repository metadata and packages in \`${cacheDirectory}\`, often a hundred megabytes in the layer. End the same \`RUN\` with \`&& ${cleanup}\`.`,
  fix: ({ cleanup, append }) => append && { title: `Append \`${cleanup}\``, applicability: "safe", edits: [append] },
});
