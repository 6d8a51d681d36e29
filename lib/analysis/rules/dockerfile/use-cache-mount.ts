import type { Command } from "../../dockerfile/commands";
import type { TextEdit } from "../../types";
import { defineDockerfileRule } from "../types";
import { MANAGERS, packageDownload, type PackageManager } from "./support/dependency-installs";

interface Data {
  install: string;
  manager: string;
  flags: string;
  /** What else the manager needs for the cache to be used. */
  caveat: string;
  /** The user the RUN runs as, when not root: the cache is then in its home, not /root. */
  user: string | undefined;
  edit: TextEdit | undefined;
}

/** What else the manager needs for the mount to work, by what the command says. */
const CAVEATS = new Map<PackageManager, (command: Command) => string>([
  [MANAGERS.apt, () => " Debian and Ubuntu images delete downloaded packages after each install: remove `/etc/apt/apt.conf.d/docker-clean` first."],
  [MANAGERS.apk, (command) => command.has("--no-cache") ? " Drop `--no-cache`, which bypasses the cache." : " The cache then stays out of the layer without `--no-cache`."],
  [MANAGERS.pip, (command) => command.has("--no-cache-dir") ? " Drop `--no-cache-dir`, which bypasses the cache." : " The cache then stays out of the layer without `--no-cache-dir`."],
  [MANAGERS.dnf, () => " Set `keepcache=True` in `/etc/dnf/dnf.conf`, or dnf empties it."],
  [MANAGERS.yum, () => " Set `keepcache=1` in `/etc/yum.conf`, or yum empties it."],
]);
/** Managers whose cache mount needs nothing else, so it can be added as it is. */
const SELF_CONTAINED = new Set<PackageManager>([MANAGERS.npm, MANAGERS.yarn, MANAGERS.pnpm, MANAGERS.go, MANAGERS.cargo, MANAGERS.uv, MANAGERS.maven]);
const ROOT = /^(root|0)(:.*)?$/;

export default defineDockerfileRule<Data>({
  meta: {
    id: "use-cache-mount",
    aliases: ["use-build-cache-mount"],
    category: "performance",
    severity: "info",
    fileKind: "dockerfile",
    profiles: { recommended: "off" },
    docs: {
      summary: "A package install downloads everything again whenever its layer is rebuilt.",
      whatItDoes:
        "Flags package downloads (`apt-get install`, `apk add`, `dnf`/`yum`/`zypper install`, `pip install`, `uv`, " +
        "`poetry install`, `npm ci`/`install`, `yarn`, `pnpm`, `go mod download`/`build`, `cargo build`, `mvn`) in a `RUN` without a " +
        "`--mount=type=cache` on that manager's cache directory, and names the mount to add. Off by default.",
      whyItMatters:
        "When a layer is rebuilt (a manifest changed, the base image moved), the install starts from nothing and downloads " +
        "every package again. A BuildKit cache mount keeps the manager's download cache on the builder between builds, " +
        "outside the image: rebuilds fetch only what changed, and the cache never adds to the image size.",
      example: "FROM node:22-slim\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci --omit=dev\n",
      useInstead: "FROM node:22-slim\nWORKDIR /app\nCOPY package*.json ./\nRUN --mount=type=cache,target=/root/.npm npm ci --omit=dev\n",
      fixSafety:
        "For npm, yarn, pnpm, uv, Go, Cargo and Maven (run as root), the mount is offered as an unsafe fix: it needs BuildKit, and a " +
        "later `RUN` that expected the downloads in the image (an offline `go build` after `go mod download`) would no longer " +
        "find them. apt, apk, pip and dnf need other changes too, described in the message.",
      whenNotToUse:
        "Off by default: it helps only builders that keep their cache between builds (a local Docker, a CI cache " +
        "exporter), needs BuildKit, and changes how the cache-cleanup rules should read the Dockerfile.",
    },
  },
  check(context, report) {
    for (const stage of context.model.stages) {
      if (!stage.needed) continue;
      for (const run of stage.instructions) {
        if (run.keyword !== "RUN") continue;
        const details = context.run(run);
        const cached = details.mounts.filter((mount) => mount.type === "cache").map((mount) => mount.target ?? "");
        const seen = new Set<PackageManager>();
        for (const command of details.commands) {
          const download = packageDownload(command);
          const cache = download?.manager.cache;
          if (!download || !cache || seen.has(download.manager)) continue;
          seen.add(download.manager);
          const { manager } = download;
          if (cached.some((target) => cache.target.test(target))) continue;
          const user = run.state.user?.value;
          const asRoot = user === undefined ? run.state.user === undefined : ROOT.test(user);
          const flags = cache.mounts.map((mount) => `--mount=type=cache,${mount}`).join(" ");
          const edit = asRoot && SELF_CONTAINED.has(manager) ? { range: { start: run.keywordWord.range.end, end: run.keywordWord.range.end }, text: ` ${flags}` } : undefined;
          const end = command.subcommand ?? command.programWord!;
          report({
            range: context.model.rangeOf(command.programWord!.start, end.end),
            data: { install: `${command.programWord!.value}${command.subcommand ? ` ${command.subcommand.value}` : ""}`, manager: manager.name, flags, caveat: CAVEATS.get(manager)?.(command) ?? "", user: asRoot ? undefined : user ?? "the stage's user", edit },
          });
        }
      }
    }
  },
  message: ({ install, manager, flags, caveat, user }) =>
    `\`${install}\` downloads every package again whenever this layer is rebuilt. Keep ${manager}'s cache on the builder: \`RUN ${flags} …\`` +
    `${user ? ` (paths for root; this RUN runs as ${user}, so use its home directory and add \`uid=\`)` : ""}.${caveat}`,
  fix: ({ edit, flags }) => edit && { title: `Add \`${flags}\``, applicability: "unsafe", edits: [edit] },
});
