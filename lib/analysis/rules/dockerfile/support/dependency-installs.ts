/**
 * Package managers as data for the rules about dependency installs: which commands download packages, which files
 * a project install reads (copied alone first, they keep the install's layer cached), and where each manager keeps
 * its download cache (the target of a `RUN --mount=type=cache`).
 */
import type { Command } from "../../../dockerfile/commands";
import { derived, DerivedKey } from "../../../derived";
import { copyOperands, type Instruction, type Stage, type Word } from "../../../dockerfile/model";
import { derivedAlongLineage } from "../../../dockerfile/stages";
import { basename, dirname, joinPath } from "../../../paths";
import type { DockerfileRuleContext } from "../../types";

export interface PackageManager {
  name: string;
  /** Where it caches downloads (as root in the usual images); undefined when there is no well-known place. */
  cache: { mounts: string[]; target: RegExp } | undefined;
}

/** `mounts`: the options of each `--mount=type=cache` to add; `target` recognises an existing mount as this cache. */
const manager = (name: string, mounts?: string[], target?: RegExp): PackageManager =>
  ({ name, cache: mounts && target ? { mounts, target } : undefined });

export const MANAGERS = {
  apt: manager("apt-get", ["target=/var/cache/apt,sharing=locked", "target=/var/lib/apt,sharing=locked"], /^\/var\/(cache|lib)\/apt\b/),
  apk: manager("apk", ["target=/etc/apk/cache"], /apk/),
  dnf: manager("dnf", ["target=/var/cache/dnf,sharing=locked"], /dnf|yum/),
  yum: manager("yum", ["target=/var/cache/yum,sharing=locked"], /yum|dnf/),
  zypper: manager("zypper", ["target=/var/cache/zypp,sharing=locked"], /zypp/),
  pip: manager("pip", ["target=/root/.cache/pip"], /pip|\.cache$/),
  uv: manager("uv", ["target=/root/.cache/uv"], /uv|\.cache$/),
  poetry: manager("poetry", ["target=/root/.cache/pypoetry"], /poetry|\.cache$/),
  npm: manager("npm", ["target=/root/.npm"], /npm/),
  yarn: manager("yarn", ["target=/usr/local/share/.cache/yarn"], /yarn/),
  pnpm: manager("pnpm", ["target=/root/.local/share/pnpm/store"], /pnpm/),
  go: manager("go", ["target=/go/pkg/mod", "target=/root/.cache/go-build"], /pkg\/mod|go-build/),
  cargo: manager("cargo", ["target=/usr/local/cargo/registry"], /cargo|registry/),
  maven: manager("mvn", ["target=/root/.m2"], /\.m2/),
  bundle: manager("bundle"),
  composer: manager("composer"),
} satisfies Record<string, PackageManager>;

/** A command that downloads packages. */
export interface PackageDownload {
  manager: PackageManager;
  command: Command;
  /**
   * For installs of a project's declared dependencies: the files they read (a requirements file named with `-r`,
   * the manifest and lockfile otherwise). Undefined for installs of packages named on the command line.
   */
  manifests: string[] | undefined;
  /** The command that only downloads the dependencies, when this one also builds (`cargo fetch` for `cargo build`). */
  prefetch?: string;
}

/** Maven phases that resolve the project's dependencies before building. */
const MAVEN_BUILD_GOALS = new Set(["compile", "test", "package", "verify", "install"]);

/** The first operand of a program without an option table (`composer install`, `poetry install`). */
const firstArgument = (command: Command) => command.args.find((word) => !word.value.startsWith("-"))?.value;

/** `yarn` alone installs (`yarn --frozen-lockfile` too); `yarn --version` and `yarn --help` do not. */
export function isYarnInstall(command: Command): boolean {
  if (command.is("yarn", "install")) return true;
  return command.is("yarn") && command.subcommand === undefined && command.operands.length === 0
    && !command.options.some((option) => /^(-v|--version|-h|--help)$/.test(option.written));
}

/** What a command downloads, if it is a package manager's install, fetch or build. */
export function packageDownload(command: Command): PackageDownload | undefined {
  const found = (name: keyof typeof MANAGERS, manifests?: string[], prefetch?: string) => ({ manager: MANAGERS[name], command, manifests, prefetch });
  const bare = () => command.operands.length === 0;
  switch (command.program) {
    case "apt-get":
    case "apt":
      return command.is(command.program, "install") ? found("apt") : undefined;
    case "apk":
      return command.is("apk", "add") ? found("apk") : undefined;
    case "dnf":
    case "microdnf":
    case "tdnf":
      return command.is(command.program, "install") ? found("dnf") : undefined;
    case "yum":
      return command.is("yum", "install") ? found("yum") : undefined;
    case "zypper":
      return command.is("zypper", "install") ? found("zypper") : undefined;
    case "pip": {
      if (!command.is("pip", "install")) return undefined;
      const requirements = command.options.filter((option) => option.name === "-r" && option.value?.word.literal);
      return found("pip", requirements.length > 0 && bare() ? requirements.map((option) => basename(option.value!.value)) : undefined);
    }
    case "uv":
      if (command.is("uv", "sync")) return found("uv", ["pyproject.toml", "uv.lock"]);
      return command.is("uv", "pip") && command.operands[0]?.value === "install" ? found("uv") : undefined;
    case "npm":
      if (command.is("npm", "ci")) return found("npm", ["package.json", "package-lock.json"]);
      return command.is("npm", "install") ? found("npm", bare() && !command.has("-g") ? ["package.json", "package-lock.json"] : undefined) : undefined;
    case "yarn":
      if (isYarnInstall(command)) return found("yarn", ["package.json", "yarn.lock"]);
      return command.is("yarn", "add") ? found("yarn") : undefined;
    case "pnpm":
      if (command.is("pnpm", "install")) return found("pnpm", ["package.json", "pnpm-lock.yaml"]);
      // `pnpm fetch` downloads what the lockfile names into the store, for a later `pnpm install --offline`.
      if (command.is("pnpm", "fetch")) return found("pnpm", ["pnpm-lock.yaml"]);
      return command.is("pnpm", "add") ? found("pnpm") : undefined;
    case "go":
      if (command.is("go", "mod")) return command.operands[0]?.value === "download" ? found("go", ["go.mod", "go.sum"]) : undefined;
      return command.is("go", "build") || command.is("go", "install") || command.is("go", "get") ? found("go") : undefined;
    case "cargo":
      if (command.is("cargo", "fetch")) return found("cargo", ["Cargo.toml", "Cargo.lock"]);
      if (command.is("cargo", "build")) return found("cargo", ["Cargo.toml", "Cargo.lock"], "cargo fetch");
      return command.is("cargo", "install") ? found("cargo") : undefined;
    case "bundle":
      return command.is("bundle", "install") ? found("bundle", ["Gemfile", "Gemfile.lock"]) : undefined;
    case "composer":
      return firstArgument(command) === "install" ? found("composer", ["composer.json", "composer.lock"]) : undefined;
    case "mvn":
    case "mvnw": {
      const goals = command.args.filter((word) => !word.value.startsWith("-")).map((word) => word.value);
      if (goals.some((goal) => /^dependency:(go-offline|resolve)$/.test(goal))) return found("maven", ["pom.xml"]);
      return goals.some((goal) => MAVEN_BUILD_GOALS.has(goal)) ? found("maven", ["pom.xml"], "mvn dependency:go-offline") : undefined;
    }
    case "poetry":
      return firstArgument(command) === "install" ? found("poetry", ["pyproject.toml", "poetry.lock"]) : undefined;
    default:
      return undefined;
  }
}

/** A `COPY`/`ADD` from the build context (not `--from`), with where its files land when that is known. */
export interface ContextCopy {
  instruction: Instruction;
  sources: Word[];
  /** The destination as an absolute path; undefined when it depends on something unknown. */
  destination: string | undefined;
}

const CONTEXT_COPIES = new DerivedKey<readonly ContextCopy[]>("build-context copies of a stage and the stages it builds on");

/**
 * The build-context copies of a stage and the stages it builds on, oldest first; in file order, since a stage builds
 * only on stages before it. Compare `copy.instruction.index` with a RUN's `index` for those before it.
 */
export function contextCopiesOf(context: DockerfileRuleContext, stage: Stage): readonly ContextCopy[] {
  return derivedAlongLineage(stage, CONTEXT_COPIES, [], (inherited, each) => {
    const own = contextCopiesIn(context, each);
    return own.length === 0 ? inherited : [...inherited, ...own];
  });
}

const OWN_CONTEXT_COPIES = new DerivedKey<readonly ContextCopy[]>("build-context copies of a stage's own instructions");

/** The build-context copies of the stage's own instructions (several rules ask: read once). */
export function contextCopiesIn(context: DockerfileRuleContext, stage: Stage): readonly ContextCopy[] {
  return derived(stage, OWN_CONTEXT_COPIES, () => readContextCopies(context, stage));
}

function readContextCopies(context: DockerfileRuleContext, stage: Stage): ContextCopy[] {
  const copies: ContextCopy[] = [];
  for (const instruction of stage.instructions) {
    if ((instruction.keyword !== "COPY" && instruction.keyword !== "ADD") || instruction.flags.some((flag) => flag.name === "from")) continue;
    const operands = copyOperands(instruction);
    if (!operands) continue;
    const target = context.resolve(operands.destination, instruction);
    const workdir = instruction.state.workdir.value;
    const destination = target === undefined ? undefined : target.startsWith("/") ? joinPath("/", target) : workdir && joinPath(workdir, target);
    copies.push({ instruction, sources: operands.sources, destination });
  }
  return copies;
}

/** `.`, `./`, `*`: the whole build context. */
export function isWholeContext(source: string): boolean {
  return /^(\.\/?|\.\/\*|\*|\.\/\.)$/.test(source);
}

/** Matches a file name against a COPY source's last part, which may be a pattern (`package*.json`). */
export function sourceNames(source: string, name: string): boolean {
  const last = basename(source);
  if (!/[*?[]/.test(last)) return last === name;
  const pattern = last.replace(/[.+^${}()|\\]/g, "\\$&").replace(/\*/g, "[^/]*").replace(/\?/g, "[^/]");
  return new RegExp(`^${pattern}$`).test(name);
}

/** True when a copy puts a file called `name` from the context into `directory` (whole context included). */
export function copiesFileInto(copy: ContextCopy, name: string, directory: string | undefined): boolean {
  if (copy.destination === undefined || directory === undefined) return false;
  const intoDirectory = copy.destination === directory;
  // `COPY package-lock.json ./package-lock.json` names the file itself.
  const asFile = dirname(copy.destination) === directory && basename(copy.destination) === name;
  return copy.sources.some((source) => (intoDirectory && (isWholeContext(source.value) || sourceNames(source.value, name))) || (asFile && sourceNames(source.value, name)));
}
