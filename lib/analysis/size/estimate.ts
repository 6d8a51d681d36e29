/**
 * The static image-size estimator: walks each stage's instructions and sizes what every layer adds, from
 * the base image data, the Debian package closure and calibrated heuristics, stating its assumptions.
 */
import { flatMapped, SharedList } from "../arrays";
import { derived, DerivedKey } from "../derived";
import { basename, copiedFileName } from "../paths";
import type { CommandGuard } from "../dockerfile/commands";
import type { DockerfileModel, Instruction, Stage } from "../dockerfile/model";
import { commandsOf, writesAptSetting } from "../dockerfile/run";
import { inheritedInstructions } from "../dockerfile/stages";
import { startInstructions } from "../dockerfile/start-command";
import { expand, type VariableScope } from "../dockerfile/variables";
import type { Range, SourceFile } from "../types";
import { isUnknownImage, resolveBase, runtimeSize, type OsFamily, type ResolvedBase } from "./bases";
import { bytes, formatBytes, formatRange, scaleRange, sumRanges, ZERO } from "./bytes";
import { runFacts, type CommandFact, type RunFacts } from "./commands";
import { debianPackages, npmPackages, type DebianRelease, type MeasuredBytes } from "./data";
import { addSums, InstalledPackages, memoisedAptClosure, NO_PACKAGES, packageBytes, packageName, settledAlike, type InstalledStep, type MemoisedClosure, type PackageSums } from "./debian";
import { APK, APT, BUILD, COMPOSER, DNF, FILES, GEM, KNOWN_DOWNLOADS, NODE, NODE_OPENSSL_HEADERS, PHP, PIP, RUNTIMES, type Heuristic, type RuntimeTable } from "./heuristics";
import { asksCpuOnlyTorch, npmPackageName, pythonPackageName, readProjectFiles, type NodePackage, type ProjectFiles } from "./project";
import type { BaseEstimate, ByteRange, LayerEstimate, SizeOptions, StageEstimate } from "./types";

/** Something a layer adds: sized, explained, and (when it lands at a known path) locatable. */
interface Contribution {
  label: string;
  uncompressed: ByteRange;
  compressed: ByteRange;
  assumption?: string;
  path?: string;
  /** Build outputs at an unknown place under `path` (dist/, a Go binary named after its module). */
  somewhereUnder?: boolean;
  /** For a directory holding one artifact among caches (cargo's target/): the artifact's size. */
  artifact?: { uncompressed: ByteRange; compressed: ByteRange };
  staticBinary?: boolean;
  /** One file, not a directory: a `chmod` or `chown` of just this path rewrites all of it. */
  file?: boolean;
  /** A downloaded runtime tarball (`go`, `1.23`), for the `tar -x` of a later layer to size what it unpacks. */
  runtime?: { name: string; version: string };
}

/** Bytes an earlier layer added at a path that a later RUN deletes: they still ship. */
export interface LaterDeletion {
  stageIndex: number;
  /** The deleting command. */
  range: Range;
  /** Files deleted with rm, or packages removed with apt-get purge/remove. */
  what: "files" | "packages";
  /** The path deleted, or the packages removed (space-separated). */
  path: string;
  uncompressed: ByteRange;
  compressed: ByteRange;
  /** What created the first of the bytes ("apt lists of `apt-get update`", "COPY . /app"). */
  created: string;
  /** The lines of the instructions whose layers keep the bytes, in order. */
  createdLines: number[];
}

/** Files of earlier layers that a `chown`/`chmod` writes again: the image holds them twice. */
export interface Rewrite {
  /** The rewriting command. */
  range: Range;
  uncompressed: ByteRange;
  compressed: ByteRange;
}

interface Output extends Contribution {
  path: string;
  createdAt: Range;
}

interface PackageOrigin {
  range: Range;
  label: string;
}

/** Packages installed by one layer, or (without an origin) removed and so forgotten. */
interface OriginStep {
  packages: ReadonlySet<string>;
  origin: PackageOrigin | undefined;
}

/**
 * Which layer installed each package: one step per install (its closure's packages, shared with the closure memo)
 * or removal rather than one per package, since most packages are never removed and installs are frequent. The
 * latest step naming a package says where it came from.
 */
class PackageOrigins {
  private constructor(private readonly steps: SharedList<OriginStep>) {}

  static empty(): PackageOrigins {
    return new PackageOrigins(SharedList.of());
  }

  record(packages: ReadonlySet<string>, origin: PackageOrigin): void {
    this.steps.push({ packages, origin });
  }

  originOf(name: string): PackageOrigin | undefined {
    for (let i = this.steps.length - 1; i >= 0; i--) if (this.steps.at(i)!.packages.has(name)) return this.steps.at(i)!.origin;
    return undefined;
  }

  forget(names: readonly string[]): void {
    this.steps.push({ packages: new Set(names), origin: undefined });
  }

  get stepCount(): number {
    return this.steps.length;
  }

  /** The steps taken since there were `count`. */
  stepsSince(count: number): OriginStep[] {
    return this.steps.slice(count);
  }

  replay(steps: readonly OriginStep[]): void {
    for (const step of steps) this.steps.push(step);
  }

  /** A copy for a stage built FROM this one. */
  copy(): PackageOrigins {
    return new PackageOrigins(this.steps.copy());
  }
}

interface StageState {
  /** What the base image sets that the file cannot know (its runtime versions, from the size data). */
  baseVersions: Readonly<Record<string, string>>;
  osFamily: OsFamily;
  /** The base's dpkg leaves documentation, man pages and translations out of installs (Debian's slim images). */
  slimInstalls: boolean;
  /** The Debian release whose package table its apt installs read (`ResolvedBase.release`). */
  release: DebianRelease;
  /** dpkg packages present (base and earlier layers). */
  installed: InstalledPackages;
  /** Which layer installed each package, for removals in later layers. */
  installedBy: PackageOrigins;
  outputs: SharedList<Output>;
  /** The build tools whose caches earlier layers left (`go maven`): each tool's are counted once per stage. */
  buildCaches: string;
  venv: string | undefined;
}

export interface StagesEstimate {
  stages: StageEstimate[];
  laterDeletions: LaterDeletion[];
  /** In file order; a re-estimate lists only those of the instructions it read again. */
  rewrites: Rewrite[];
  /** The shipped stage holds a statically linked binary (so it could run on scratch). */
  staticBinaryShipped: boolean;
  /** What each stage left behind, so that a re-estimate changing only later stages can start from there. */
  progress: EstimateProgress;
}

/** What instructions read of their stage's base image. */
export interface BaseReads {
  /** Its dpkg packages and OS (apt). */
  packages: boolean;
  /** Variables the file does not set, which the base image may (`NODE_VERSION`). */
  variables: Set<string>;
}

/** Everything the estimate knew just before an instruction: a re-estimate after an edit of it starts there. */
interface Checkpoint {
  base: BaseEstimate;
  state: StageState;
  /** How many of the stage's layers came before it (the estimate's stage holds them: layers are only appended). */
  layerCount: number;
  /** How many later deletions were known (they come in file order). */
  laterDeletions: number;
  claimed: ReadonlySet<Output>;
  /** What the RUN did, once it is estimated. */
  run?: RunRecord;
}

/** What a RUN of a stage that ships did: a re-estimate takes it over when nothing the RUN reads differs (`reusedRun`). */
interface RunRecord {
  layer: LayerEstimate;
  /** The package names whose presence it looked up (its installs' closures, its removals). */
  packageReads: readonly ReadonlySet<string>[];
  installedSteps: readonly InstalledStep[];
  originSteps: readonly OriginStep[];
  /** The stage's files after it. */
  outputs: SharedList<Output>;
  deletes: boolean;
  /** It changes the owner or mode of files (`chown`, `chmod`): its layer is as large as the files it finds. */
  rewrites: boolean;
  buildCaches: string;
  venv: string | undefined;
}

/**
 * The state after each stage, the build outputs already claimed by a COPY when each stage started, and checkpoints
 * before the RUNs of the stages that ship (where size fixes edit).
 */
export class EstimateProgress {
  constructor(
    readonly states: ReadonlyMap<number, StageState>,
    readonly claimedAtStart: ReadonlyMap<number, ReadonlySet<Output>>,
    readonly checkpoints: ReadonlyMap<Instruction, Checkpoint>,
    /** What each stage's instructions read of its base image: the layers of one that read nothing are the same on any base. */
    readonly baseReads: ReadonlyMap<number, BaseReads>,
    /** What the review's files say (lockfiles, requirements): read once, re-estimates take it over. */
    readonly project: ProjectFiles,
    /**
     * The ranges of the commands that `if` tests ruled out (`[ "$INSTALL_X" = true ]` with `ARG INSTALL_X=false`): a
     * finding about one is about nothing the estimated image holds, and the report re-estimates nothing for it.
     */
    readonly ruledOutCommands: ReadonlySet<Range>,
    /** The image each stage this estimate started from an image was sized on, as the file's commands told it (`resolveBase`). */
    readonly resolvedBases: ReadonlyMap<number, ResolvedBase>,
  ) {}
}

/**
 * Start a re-estimate at stage `fromStage` (the earlier stages are taken from `estimate` unchanged), or at the
 * instruction `fromInstruction` of that stage when `estimate` has a checkpoint before it.
 */
export interface Resume {
  estimate: StagesEstimate;
  fromStage: number;
  fromInstruction?: Instruction;
}

/** A stage's size: its base and its layers. */
export function stageTotals(base: BaseEstimate, layers: readonly LayerEstimate[]): { uncompressedBytes: ByteRange; compressedBytes: ByteRange } {
  return {
    uncompressedBytes: sumRanges(layers.map((layer) => layer.uncompressedBytes), base.uncompressedBytes),
    compressedBytes: sumRanges(layers.map((layer) => layer.compressedBytes), base.compressedBytes),
  };
}

/** Whether two lists of files have the same paths, in order. */
function samePaths(a: SharedList<Output>, b: SharedList<Output>): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a.at(i)!.path !== b.at(i)!.path) return false;
  return true;
}

/** Whether two lists of files have the same paths and sizes, in order. */
function sameFiles(a: SharedList<Output>, b: SharedList<Output>): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const [one, other] = [a.at(i)!, b.at(i)!];
    if (one !== other && (one.path !== other.path || !sameBytes(one.uncompressed, other.uncompressed) || !sameBytes(one.compressed, other.compressed))) return false;
  }
  return true;
}

const sameBytes = (a: ByteRange, b: ByteRange) => a.estimate === b.estimate && a.low === b.low && a.high === b.high;

/**
 * System files images copy out of a builder or another image (`COPY --from=builder /etc/ssl/certs /etc/ssl/certs` into
 * scratch): sized as the Debian package that provides them, or as the few kB they are.
 */
const SYSTEM_FILES: readonly { path: string; package?: string; bytes?: number }[] = [
  { path: "/etc/ssl/certs", package: "ca-certificates" },
  { path: "/usr/share/ca-certificates", package: "ca-certificates" },
  { path: "/usr/share/zoneinfo", package: "tzdata" },
  { path: "/etc/passwd", bytes: 2000 },
  { path: "/etc/group", bytes: 1000 },
  { path: "/etc/nsswitch.conf", bytes: 500 },
];

function systemFiles(path: string, release: DebianRelease): { label: string; size: { uncompressed: ByteRange; compressed: ByteRange } } | undefined {
  const known = SYSTEM_FILES.find((entry) => isUnder(path, entry.path));
  if (!known) return undefined;
  if (known.bytes !== undefined) return { label: `${path} (a few kB)`, size: sized(known.bytes, known.bytes * 0.5, 0.5, 4) };
  const record = debianPackages(release).get(known.package!);
  if (!record) return undefined;
  // At most the whole package; one file of it (the CA bundle) is part of it.
  return { label: `${path} (from ${known.package}, ≈ ${formatBytes(record.installedBytes)})`, size: sized(record.installedBytes, record.installedBytes * 0.45, 0.3, 1.2) };
}

function sumSized(sizes: readonly { uncompressed: ByteRange; compressed: ByteRange }[]): { uncompressed: ByteRange; compressed: ByteRange } {
  return { uncompressed: sumRanges(sizes.map((size) => size.uncompressed)), compressed: sumRanges(sizes.map((size) => size.compressed)) };
}

/** Where build tools keep the dependencies they download. */
const DEPENDENCY_CACHES = {
  maven: { name: "Maven", path: "/root/.m2", size: BUILD.jvmDependencies },
  gradle: { name: "Gradle", path: "/root/.gradle", size: BUILD.jvmDependencies },
  dotnet: { name: "NuGet", path: "/root/.nuget/packages", size: BUILD.dotnetPackages },
  // The Go images' GOPATH; a later `go build` then adds no caches of its own (both are counted as one).
  go: { name: "Go module", path: "/go/pkg/mod", size: BUILD.goCaches },
};

/** Whether an earlier layer of the stage left the caches of `tool` (`go`, `maven`, `gradle`). */
function hasBuildCache(state: StageState, tool: string): boolean {
  return state.buildCaches.split(" ").includes(tool);
}

/** Whether a RUN looked up the presence of any of `names`. */
function readsAny(run: RunRecord, names: ReadonlySet<string>): boolean {
  if (names.size === 0) return false;
  return run.packageReads.some((reads) => {
    for (const name of names) if (reads.has(name)) return true;
    return false;
  });
}

/** A copy of a stage's state that later instructions can change without touching the original. */
function copyState(state: StageState): StageState {
  return {
    baseVersions: state.baseVersions,
    osFamily: state.osFamily,
    slimInstalls: state.slimInstalls,
    release: state.release,
    installed: state.installed.copy(),
    installedBy: state.installedBy.copy(),
    outputs: state.outputs.copy(),
    buildCaches: state.buildCaches,
    venv: state.venv,
  };
}

/**
 * What a contribution leaves in the stage, spelt out field by field: outputs of every kind then share one shape (a
 * spread of contributions, whose optional fields vary, made this one of the estimate's slowest lines).
 */
function output(contribution: Contribution & { path: string }, createdAt: Range): Output {
  return {
    label: contribution.label,
    uncompressed: contribution.uncompressed,
    compressed: contribution.compressed,
    assumption: contribution.assumption,
    path: contribution.path,
    somewhereUnder: contribution.somewhereUnder,
    artifact: contribution.artifact,
    staticBinary: contribution.staticBinary,
    file: contribution.file,
    runtime: contribution.runtime,
    createdAt,
  };
}

const APK_INDEX = "/var/cache/apk";
/** Files that are built or packed, not written by hand: Java archives, tarballs, zips, wheels, packages, binaries. */
const ARTIFACT = /\.(jar|war|ear|tar|gz|tgz|xz|bz2|zst|zip|whl|deb|rpm|apk|so|bin|exe|dll|nupkg|gem)$/i;
const COMPILED_PYTHON = `Debian packages with Python modules compile them when installed: the .pyc files, not in Installed-Size, are counted as ${Math.round(APT.compiledPython.share * 100)} % of those packages' size,`;
const CONDITIONAL_INSTALLS = "installs inside an `if` or `case` branch whose condition is not known are counted as if the branch runs";
const UNCERTAIN_CLEANUPS = "cleanups that run only when the command before them fails (after `||`) are not counted";
const RULED_OUT = "commands in `if` branches that the build arguments' values rule out are not counted (other --build-arg values change the size)";
const RUNTIME_TABLES = Object.entries(RUNTIMES);

interface RuntimeDownload {
  name: string;
  table: RuntimeTable;
  /** As written in the URL or file name (`1.20`). */
  version: string;
}

/** The runtime tarball a URL or file name is (`https://go.dev/dl/go1.23.4.linux-amd64.tar.gz`), if any. */
function runtimeNamedIn(text: string): RuntimeDownload | undefined {
  for (const [name, table] of RUNTIME_TABLES) {
    const version = table.pattern.exec(text)?.slice(1).find(Boolean);
    if (version) return { name, table, version };
  }
  return undefined;
}

/** How far back a `tar -x` looks for the archive it unpacks among the outputs of earlier layers. */
const RECENT_OUTPUTS = 256;

/** How a layer names a runtime sized from its table: `go 1.20 (sized as 1.23)`. */
function runtimeLabel(runtime: RuntimeDownload, sizedAs: string): string {
  return `${runtime.name} ${sizedAs === runtime.version ? runtime.version : `${runtime.version} (sized as ${sizedAs})`}`;
}

const fromHeuristic = (heuristic: Heuristic, count = 1): { uncompressed: ByteRange; compressed: ByteRange } => {
  const uncompressed = bytes(heuristic.bytes * count, heuristic.low * count, heuristic.high * count);
  return { uncompressed, compressed: scaleRange(uncompressed, heuristic.ratio, heuristic.ratio * 0.8, Math.min(1, heuristic.ratio * 1.25)) };
};

/** Texts stating heuristics' sizes, by heuristic: made once, as assumptions repeat them in every estimate. */
const statedSizes = new Map<Heuristic, string>();

/** "≈ 150 MB (30–600 MB)": a heuristic's size as an assumption states it, from the figures the estimate uses. */
function approximately(heuristic: Heuristic): string {
  let text = statedSizes.get(heuristic);
  if (text === undefined) statedSizes.set(heuristic, (text = `≈ ${formatRange({ estimate: heuristic.bytes, low: heuristic.low, high: heuristic.high })}`));
  return text;
}

const sized = (uncompressed: number, compressed: number, low = 0.85, high = 1.2) => ({
  uncompressed: bytes(uncompressed, uncompressed * low, uncompressed * high),
  compressed: bytes(compressed, compressed * low, compressed * high),
});

/** A variable the base image sets, as the size data records it (`NODE_VERSION` of `node:22`). */
export function baseVariable(versions: Readonly<Record<string, string>>, name: string): string | undefined {
  return Object.hasOwn(versions, name) ? versions[name] : undefined;
}

/** A `.` or `..` segment of a path. */
const DOT_SEGMENT = /\/\.\.?(\/|$)/;

/**
 * How one instruction sees names and paths: the variables of its scope in the model (ENV, ARG, inherited
 * stages), this RUN's shell variables on top, and its WORKDIR. Unlike a rule, an estimate must read a URL or
 * a path even when part of it is unknown: a variable the file does not set takes the base image's value from
 * the size data (`NODE_VERSION` of `node:22`), or else stays as written (`${ARCH}`), so patterns still match.
 */
const NO_RECOMMENDS_RUN = new DerivedKey<number>("where the stage's apt configuration turns Recommends off");

/**
 * Where the first RUN of the stage (its parent stages' included) that writes `APT::Install-Recommends "0";` to
 * apt.conf.d starts; Infinity if none does. Once per stage: each install asking made a stage of thousands of
 * installs quadratic.
 */
function firstNoRecommendsRun(model: DockerfileModel, stage: Stage): number {
  return derived(stage, NO_RECOMMENDS_RUN, () =>
    inheritedInstructions(stage).find((run) => run.keyword === "RUN" && writesAptSetting(model, run, "APT::Install-Recommends", "false|0|no"))?.start ?? Infinity);
}

class Site implements VariableScope {
  /** Shell variables set earlier in this RUN (`url=…`, `export A=1`); most RUNs set none. */
  private shellVariables: Map<string, string> | undefined;
  readonly workdir: string;
  /** What the instruction read of the stage's base image (apt reads its packages and OS); most read nothing. */
  baseReads: BaseReads | undefined;
  /** A RUN's `if` branches: some ruled out by the variables' values, some installs counted without knowing. */
  readonly branches = { ruledOut: false, uncertainInstall: false, uncertainCleanup: false };

  /**
   * Whether the stage's apt configuration turns Recommends off: a RUN up to this one writes `APT::Install-Recommends
   * "0";` (or `"false"`) into apt.conf.d, as many Ubuntu-based Dockerfiles do once for every later install.
   */
  aptSkipsRecommends(model: DockerfileModel): boolean {
    const { stage, start } = this.instruction;
    return stage !== undefined && firstNoRecommendsRun(model, stage) <= start;
  }

  constructor(private readonly instruction: Instruction, private readonly baseVersions: Readonly<Record<string, string>>) {
    // As written (`WORKDIR /usr/src/app/`): without a trailing slash, paths made from it (`${workdir}/vendor`) match.
    const workdir = instruction.state.workdir.value ?? "/";
    this.workdir = workdir.length > 1 && workdir.endsWith("/") ? workdir.replace(/\/+$/, "") || "/" : workdir;
  }

  lookup(name: string): { value: string } {
    const shell = this.shellVariables?.get(name);
    if (shell !== undefined) return { value: shell };
    const known = this.instruction.scope.lookup(name)?.value;
    if (known !== undefined) return { value: known };
    this.readsOfBase().variables.add(name);
    return { value: baseVariable(this.baseVersions, name) ?? `\${${name}}` };
  }

  hasShellVariable(name: string): boolean {
    return this.shellVariables?.has(name) ?? false;
  }

  setShellVariable(name: string, value: string): void {
    (this.shellVariables ??= new Map()).set(name, value);
  }

  readsOfBase(): BaseReads {
    return (this.baseReads ??= { packages: false, variables: new Set() });
  }

  /** A value with the variables it can resolve expanded. */
  resolve(text: string): string {
    return expand(text, this, "\\", { shellPatterns: true }) ?? text;
  }

  /** A variable's value as set; empty when unknown. */
  variable(name: string): string {
    const { value } = this.lookup(name);
    return value.startsWith("${") ? "" : value;
  }

  /** A variable's value, lower-cased (a switch: `true`, `production`); empty when unknown. */
  setting(name: string): string {
    return this.variable(name).toLowerCase();
  }

  /** An absolute, normalised path: variables resolved, `~` as /root, relative to the WORKDIR, a trailing `/*` dropped. */
  path(text: string, workdir = this.workdir): string {
    // Most paths are written absolute and plain: nothing to resolve or normalise.
    if (text.startsWith("/") && !text.includes("$") && !text.includes("//") && !text.endsWith("/") && !text.endsWith("/*") && !DOT_SEGMENT.test(text)) return text;
    let value = this.resolve(text).replace(/^~(?=\/|$)/, "/root").replace(/\/\*$/, "").replace(/\/+$/, "");
    if (!value.startsWith("/")) value = `${workdir === "/" ? "" : workdir}/${value.replace(/^\.\/?/, "")}`;
    const parts: string[] = [];
    for (const part of value.split("/")) {
      if (part === "" || part === ".") continue;
      if (part === "..") parts.pop();
      else parts.push(part);
    }
    return `/${parts.join("/")}`;
  }
}

/**
 * Whether an `if` test such as `[ "$INSTALL_X" = true ]` holds with the variables `resolve` knows: undefined when a
 * value is not known or the test is not a string comparison or emptiness check.
 */
function testHolds(words: readonly string[], resolve: (text: string) => string): boolean | undefined {
  let operands = [...words];
  if ((operands[0] === "[" && operands.at(-1) === "]") || (operands[0] === "[[" && operands.at(-1) === "]]")) operands = operands.slice(1, -1);
  else if (operands[0] === "test") operands = operands.slice(1);
  else return undefined;
  const negated = operands[0] === "!";
  const values = (negated ? operands.slice(1) : operands).map(resolve);
  if (values.some((value) => value.includes("$") || value.includes("`"))) return undefined;
  const [first, second, third] = values;
  let holds: boolean | undefined;
  // `a = b`, `a != b` (a pattern on the right, in `[[ ]]`, is not compared); `-n a`, `-z a`; `a` alone is `-n a`.
  if (values.length === 3 && /^(=|==|!=)$/.test(second!) && !/[*?[]/.test(third!)) holds = (first === third) === (second !== "!=");
  else if (values.length === 2 && first === "-n") holds = second !== "";
  else if (values.length === 2 && first === "-z") holds = second === "";
  else if (values.length === 1) holds = first !== "";
  return holds === undefined ? undefined : holds !== negated;
}

/** Whether a command with these guards runs: false when one is known not to hold, undefined when one is not known. */
function guardsHold(guards: readonly CommandGuard[] | undefined, resolve: (text: string) => string): boolean | undefined {
  let known = true;
  for (const guard of guards ?? []) {
    const holds = guard.test && testHolds(guard.test, resolve);
    if (holds === undefined) known = false;
    else if (holds !== guard.holds) return false;
  }
  return known ? true : undefined;
}

/** True when `path` is `ancestor` or inside it; `*` and unresolved `$VAR`s in `ancestor` match within one segment. */
function isUnder(path: string, ancestor: string): boolean {
  if (ancestor === "/" || path === ancestor || path.startsWith(`${ancestor}/`)) return true;
  if (!ancestor.includes("*") && !ancestor.includes("$")) return false;
  return ancestorPattern(ancestor).test(path);
}

/** Patterns of the ancestors with wildcards, by ancestor: the same few paths (`/tmp/*`) are tested against many. */
const ancestorPatterns = new Map<string, RegExp>();

function ancestorPattern(ancestor: string): RegExp {
  let pattern = ancestorPatterns.get(ancestor);
  if (!pattern) {
    const source = ancestor.split(/(\$\{?[A-Za-z_][A-Za-z0-9_]*\}?|\*)/)
      .map((part, i) => (i % 2 === 1 ? "[^/]*" : part.replace(/[.+?^{}()|[\]\\$]/g, "\\$&")))
      .join("");
    pattern = new RegExp(`^${source}(/|$)`);
    if (ancestorPatterns.size >= 1000) ancestorPatterns.clear();
    ancestorPatterns.set(ancestor, pattern);
  }
  return pattern;
}

/** The well-known tool a download is, by the name it is saved as or the URL's file name. */
function knownDownload(outputName: string, url: string): (typeof KNOWN_DOWNLOADS)[number] | undefined {
  const urlName = url.split(/[?#]/)[0]!.split("/").pop() ?? "";
  return KNOWN_DOWNLOADS.find(({ pattern }) => pattern.test(outputName) || pattern.test(urlName));
}

/** An Alpine package's bytes with its usual dependencies: known, like a known member of its family, or typical. */
function apkPackageBytes(name: string): number {
  const like = APK.families.find((family) => family.pattern.test(name))?.like;
  return APK.known[name] ?? (like ? APK.known[like] : undefined) ?? APK.perPackage.bytes;
}

/** The distinct first lines of some ranges, in order. */
function linesOf(ranges: readonly Range[]): number[] {
  return [...new Set(ranges.map((range) => range.start.line))].sort((a, b) => a - b);
}

/** "line 4", "lines 4, 9 and 12". */
export function linesPhrase(lines: readonly number[]): string {
  return lines.length === 1 ? `line ${lines[0]}` : `lines ${lines.slice(0, -1).join(", ")} and ${lines.at(-1)}`;
}

/** "the layer of line 4", "the layers of lines 4, 9 and 12". */
function layersOfLines(lines: readonly number[]): string {
  return `the ${lines.length === 1 ? "layer" : "layers"} of ${linesPhrase(lines)}`;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}

/** An instruction to read in place of another (the instruction with a fix applied), with the model it was parsed in. */
export interface Replacement {
  model: DockerfileModel;
  instruction: Instruction;
  /** A RUN's facts when they were read without parsing the whole instruction again (`runFactsWithCommands`). */
  facts?: RunFacts;
  /** The edit deletes the instruction: no layer. */
  removed?: boolean;
}

/** The last of the replaced instructions, in file order, when they are all in one stage. */
function lastInOneStage(replacements: ReadonlyMap<Instruction, Replacement> | undefined): Instruction | undefined {
  let last: Instruction | undefined;
  for (const instruction of replacements?.keys() ?? []) {
    if (last && last.stage !== instruction.stage) return undefined;
    if (!last || instruction.start > last.start) last = instruction;
  }
  return last;
}

/** The directories of a container's default PATH, which hold many programs. */
const DEFAULT_PATH = ["/usr/local/sbin", "/usr/local/bin", "/usr/sbin", "/usr/bin", "/sbin", "/bin"];

class Estimator {
  private readonly states = new Map<number, StageState>();
  private readonly results: StageEstimate[] = [];
  readonly laterDeletions: LaterDeletion[] = [];
  readonly rewrites: Rewrite[] = [];
  private claimedBuildOutputs = new Set<Output>();
  private readonly claimedAtStart = new Map<number, ReadonlySet<Output>>();
  private readonly checkpoints = new Map<Instruction, Checkpoint>();
  private readonly baseReads = new Map<number, BaseReads>();
  private readonly resolvedBases = new Map<number, ResolvedBase>();
  private readonly ruledOutCommands = new Set<Range>();
  /** Where the RUN being estimated records its package lookups, when checkpoints are kept. */
  private reads: ReadonlySet<string>[] | undefined;
  private readonly contextBytes: number;
  /** The build context's size was given (the settings' or the CLI's), not assumed. */
  private readonly contextGiven: boolean;

  private readonly shippedBase: string | undefined;
  private readonly replacements: ReadonlyMap<Instruction, Replacement> | undefined;
  private readonly resume: Resume | undefined;
  private readonly takeCheckpoints: boolean;
  private readonly until: Instruction | undefined;
  /**
   * Whether apt installs and removals are read. Only later deletions need skipping them: without a removal up to
   * `until`, the packages decide no deletion (apt leaves files only in its lists, which are read either way).
   */
  private readonly followPackages: boolean;
  /** The last instruction read in place of another, when they are all in one stage: later layers may be reused. */
  private readonly lastReplaced: Instruction | undefined;

  private readonly model: DockerfileModel;

  constructor(private readonly project: ProjectFiles, input: EstimateInput & { until?: Instruction; followPackages?: boolean }) {
    this.model = input.model;
    this.contextBytes = input.options?.contextBytes ?? FILES.defaultContextBytes;
    this.contextGiven = input.options?.contextBytes !== undefined;
    this.shippedBase = input.shippedBase;
    this.replacements = input.replacements;
    this.resume = input.resume;
    this.takeCheckpoints = input.checkpoints ?? false;
    this.until = input.until;
    this.followPackages = input.followPackages ?? true;
    this.lastReplaced = lastInOneStage(input.replacements);
  }

  /**
   * True when the built stage starts a statically linked binary it holds: its ENTRYPOINT (or CMD) in exec form names
   * one (by path, or by name on the PATH). A shell-form command needs `/bin/sh`, a script its interpreter, another
   * program its libraries: none of them runs on scratch or distroless/static.
   */
  get staticBinaryShipped(): boolean {
    const final = this.model.finalStage;
    const outputs = final ? this.states.get(final.index)?.outputs.filter((output) => output.staticBinary) : undefined;
    if (!final || !outputs?.length) return false;
    const { entrypoint, cmd } = startInstructions(final);
    const start = entrypoint ?? cmd;
    const program = start?.form === "exec" ? start.args[0]?.value : undefined;
    if (!program || program.includes("$")) return false;
    // A folder the binary went into counts when the program is under it, unless it holds other programs too (a PATH
    // folder: the static tool beside node in /usr/local/bin is not node).
    return outputs.some(({ path }) => basename(path) === basename(program) || (isUnder(program, path) && path !== "/" && !DEFAULT_PATH.includes(path)));
  }

  run(): StageEstimate[] {
    const resume = this.resume;
    for (const stage of this.model.stages) {
      if (this.until && !this.affectsUntil(stage)) continue;
      if (resume && stage.index < resume.fromStage) {
        this.results[stage.index] = resume.estimate.stages[stage.index]!;
        this.states.set(stage.index, resume.estimate.progress.states.get(stage.index)!);
        this.readBase(stage.index, resume.estimate.progress.baseReads.get(stage.index));
        continue;
      }
      const checkpoint = resume?.fromInstruction && stage.index === resume.fromStage ? resume.estimate.progress.checkpoints.get(resume.fromInstruction) : undefined;
      if (resume && checkpoint) {
        // The instructions before the checkpoint are not read again: what they read of the base is taken over.
        this.readBase(stage.index, resume.estimate.progress.baseReads.get(stage.index));
        this.claimedAtStart.set(stage.index, resume.estimate.progress.claimedAtStart.get(stage.index)!);
        this.claimedBuildOutputs = new Set(checkpoint.claimed);
        this.laterDeletions.push(...resume.estimate.laterDeletions.slice(0, checkpoint.laterDeletions));
        this.results[stage.index] = this.estimateStage(stage, { checkpoint, from: resume.fromInstruction! });
        continue;
      }
      if (resume && stage.index === resume.fromStage) {
        this.claimedBuildOutputs = new Set(resume.estimate.progress.claimedAtStart.get(stage.index));
        this.laterDeletions.push(...resume.estimate.laterDeletions.filter((deletion) => deletion.stageIndex < stage.index));
      }
      this.claimedAtStart.set(stage.index, new Set(this.claimedBuildOutputs));
      this.results[stage.index] = this.estimateStage(stage);
    }
    return this.results;
  }

  private readBase(stageIndex: number, reads: BaseReads | undefined): void {
    if (!reads || (!reads.packages && reads.variables.size === 0)) return;
    const stage = this.baseReads.get(stageIndex);
    if (!stage) {
      this.baseReads.set(stageIndex, { packages: reads.packages, variables: new Set(reads.variables) });
      return;
    }
    stage.packages ||= reads.packages;
    for (const name of reads.variables) stage.variables.add(name);
  }

  /**
   * Whether estimating `stage` can change what the estimate knows at `until`: not a stage after it, nor one the
   * final stage does not need, unless it copies from another stage (the first COPY reaching into a build output
   * counts it, so such a COPY changes what later ones carry).
   */
  private affectsUntil(stage: Stage): boolean {
    if (stage.index > this.until!.stage!.index) return false;
    return stage.needed || stage.dependencies.some((dependency) => dependency.via === "copy" && dependency.stage);
  }

  get progress(): EstimateProgress {
    return new EstimateProgress(this.states, this.claimedAtStart, this.checkpoints, this.baseReads, this.project, this.ruledOutCommands, this.resolvedBases);
  }

  private estimateStage(stage: Stage, resumeAt?: { checkpoint: Checkpoint; from: Instruction }): StageEstimate {
    const { base, state: startState } = resumeAt ? resumeAt.checkpoint : this.startStage(stage);
    let state = resumeAt ? copyState(startState) : startState;
    let layers = resumeAt ? this.resume!.estimate.stages[stage.index]!.layers.slice(0, resumeAt.checkpoint.layerCount) : [];
    const start = resumeAt ? stage.instructions.indexOf(resumeAt.from) : 1;
    // From the first edit on, in the last stage: the names whose presence differs from the original estimate at
    // this point, so that each RUN not edited is taken over or read again (`reusedRun`).
    let differing: Set<string> | undefined;
    let removedLayers = 0;
    for (let i = start; i < stage.instructions.length; i++) {
      const instruction = stage.instructions[i]!;
      if (differing && instruction.keyword === "RUN" && !this.replacements?.has(instruction)) {
        const reused = this.reusedRun(instruction, state, differing);
        if (reused) {
          layers.push(reused);
          continue;
        }
      }
      const checkpoint: Checkpoint | undefined = this.takeCheckpoints && stage.ships && instruction.keyword === "RUN"
        ? { base, state: copyState(state), layerCount: layers.length, laterDeletions: this.laterDeletions.length, claimed: new Set(this.claimedBuildOutputs) }
        : undefined;
      if (checkpoint) {
        this.checkpoints.set(instruction, checkpoint);
        this.reads = [];
      }
      const stepsBefore = state.installed.stepCount;
      const layer = this.estimateInstruction(instruction, state, stage);
      if (checkpoint) {
        checkpoint.run = this.runRecord(instruction, layer!, checkpoint.state, state);
        this.reads = undefined;
      }
      if (layer) layers.push(layer);
      else if (this.replacements?.get(instruction)?.removed) removedLayers++;
      if (instruction === this.until) break;
      if (differing && instruction.keyword === "RUN") differing = this.differingAfterRun(differing, stage, i, state, stepsBefore);
      else if (!differing && instruction !== this.lastReplaced && this.replacements?.has(instruction) && this.reusesLaterLayers(stage)) {
        differing = this.differencesAfter(stage, i, state);
      }
      if (resumeAt && instruction === this.lastReplaced) {
        // The original has a layer for each removed instruction too.
        const rest = this.laterLayersAfterEdit(stage, i, state, layers.length + removedLayers);
        if (rest && "layers" in rest) {
          layers = [...layers, ...rest.layers];
          state = rest.state;
          break;
        }
        differing = rest?.differing;
      }
    }
    this.states.set(stage.index, state);
    // Spelt out: with spreads amid its fields this literal took 0.8 µs, spelt out 30 ns (Node 20).
    const totals = stageTotals(base, layers);
    return {
      index: stage.index,
      name: stage.name || undefined,
      shipped: stage.isFinal,
      base,
      layers,
      uncompressedBytes: totals.uncompressedBytes,
      compressedBytes: totals.compressedBytes,
    };
  }

  /**
   * After re-reading the last edited instruction, at `index` of the last stage: the stage's later layers, when their
   * sizes are the original ones. Later layers read the state through the packages installed, the build caches, the
   * virtualenv and the files earlier layers made, and no stage copies from the last one. Files matter only to a later
   * deletion (which frees nothing either way, but a RUN that deletes nothing earlier is sized as a small RUN): they
   * may differ when no later RUN deletes. Packages may differ as long as no later RUN looked any of them up (a fix
   * that drops Recommends nothing later needs). Otherwise the packages that differ, for each later RUN to be taken
   * over or read again on its own (`reusedRun`); undefined when they cannot be told (another base). The reused layers
   * may word a deletion as the original did, which a re-estimate for totals never shows. `layerCount` is the number
   * of layers read so far: RUN, COPY and ADD make one each, in the original estimate as in this one.
   */
  private laterLayersAfterEdit(stage: Stage, index: number, state: StageState, layerCount: number): { layers: LayerEstimate[]; state: StageState } | { differing: Set<string> } | undefined {
    const original = this.resume!.estimate;
    if (!this.reusesLaterLayers(stage)) return undefined;
    const later = stage.instructions.slice(index + 1);
    // Only a RUN reads packages: with none after the edit, which differ does not matter (and takes long to tell).
    const differing = later.some((instruction) => instruction.keyword === "RUN") ? this.differencesAfter(stage, index, state) : new Set<string>();
    if (!differing) return undefined;
    const after = this.originalStateAfter(stage, index);
    const records = later.map((instruction) => original.progress.checkpoints.get(instruction)?.run);
    const sameState = after.buildCaches === state.buildCaches && after.venv === state.venv
      && (samePaths(after.outputs, state.outputs) || !records.some((run) => run?.deletes))
      && (sameFiles(after.outputs, state.outputs) || !records.some((run) => run?.rewrites));
    const readsDiffering = later.some((instruction, i) => instruction.keyword === "RUN" && (!records[i] || readsAny(records[i]!, differing)));
    if (!sameState || readsDiffering) return { differing };
    return { layers: original.stages[stage.index]!.layers.slice(layerCount), state: original.progress.states.get(stage.index)! };
  }

  /**
   * Whether layers after an edit in `stage` may be taken over from the original estimate: in the last stage (no
   * stage copies from it), edited in one stage, on the same base.
   */
  private reusesLaterLayers(stage: Stage): boolean {
    return this.lastReplaced !== undefined && stage === this.model.stages.at(-1) && this.shippedBase === undefined;
  }

  /** The original estimate's state right after the instruction at `index` of `stage`. */
  private originalStateAfter(stage: Stage, index: number): StageState {
    const { checkpoints, states } = this.resume!.estimate.progress;
    for (let i = index + 1; i < stage.instructions.length; i++) {
      const checkpoint = checkpoints.get(stage.instructions[i]!);
      if (checkpoint) return checkpoint.state;
    }
    return states.get(stage.index)!;
  }

  /** The names whose presence differs between `state` and the original's state after the instruction at `index`. */
  private differencesAfter(stage: Stage, index: number, state: StageState): Set<string> | undefined {
    const after = this.originalStateAfter(stage, index);
    return after.installed.key === state.installed.key ? new Set() : state.installed.differences(after.installed);
  }

  /**
   * `differing` after a RUN that was read again, at `index` of `stage`: only the names its steps or the original's
   * touched can have changed.
   */
  private differingAfterRun(differing: Set<string>, stage: Stage, index: number, state: StageState, stepsBefore: number): Set<string> | undefined {
    const original = this.resume!.estimate.progress.checkpoints.get(stage.instructions[index]!)?.run;
    if (!original) return this.differencesAfter(stage, index, state);
    state.installed.updateDifferences(differing, state.installed.stepsSince(stepsBefore), this.originalStateAfter(stage, index).installed, original.installedSteps);
    return differing;
  }

  /** What the RUN did between the states `before` and `after`, for re-estimates to take over. */
  private runRecord(instruction: Instruction, layer: LayerEstimate, before: StageState, after: StageState): RunRecord {
    const { facts } = runFacts(this.model, instruction);
    return {
      layer,
      packageReads: this.reads!,
      installedSteps: after.installed.stepsSince(before.installed.stepCount),
      originSteps: after.installedBy.stepsSince(before.installedBy.stepCount),
      outputs: after.outputs.copy(),
      // Commands the build arguments rule out do nothing, in the original as in any re-estimate on the same base.
      deletes: facts.some((fact) => fact.kind === "delete" && !this.ruledOutCommands.has(fact.range)),
      rewrites: facts.some((fact) => fact.kind === "rewrite" && !this.ruledOutCommands.has(fact.range)),
      buildCaches: after.buildCaches,
      venv: after.venv,
    };
  }

  /**
   * The original layer of a RUN after the last edit, taken over with what it did to the state when it reads nothing
   * that differs (see `laterLayersAfterEdit`): the same build caches and virtualenv, the same files if it deletes, and
   * none of the `differing` packages. Its steps make the same names present or absent on both sides: they no longer
   * differ.
   */
  private reusedRun(instruction: Instruction, state: StageState, differing: Set<string>): LayerEstimate | undefined {
    const checkpoint = this.resume!.estimate.progress.checkpoints.get(instruction);
    const run = checkpoint?.run;
    if (!run) return undefined;
    const before = checkpoint.state;
    if (state.buildCaches !== before.buildCaches || state.venv !== before.venv) return undefined;
    if (run.deletes && !samePaths(state.outputs, before.outputs)) return undefined;
    if (run.rewrites && !sameFiles(state.outputs, before.outputs)) return undefined;
    if (readsAny(run, differing)) return undefined;
    state.installed.replay(run.installedSteps);
    state.installedBy.replay(run.originSteps);
    if (run.deletes) state.outputs = run.outputs.copy();
    else for (let i = before.outputs.length; i < run.outputs.length; i++) state.outputs.push(run.outputs.at(i)!);
    state.buildCaches = run.buildCaches;
    state.venv = run.venv;
    settledAlike(differing, run.installedSteps);
    return run.layer;
  }

  /** The base of a stage and the state its first instruction sees. */
  private startStage(stage: Stage): { base: BaseEstimate; state: StageState } {
    const alternative = stage.isFinal ? this.shippedBase : undefined;
    const parent = alternative === undefined ? stage.base.stage : undefined;
    let base: BaseEstimate;
    let state: StageState;
    if (parent) {
      const parentEstimate = this.results[parent.index]!;
      const parentState = this.states.get(parent.index)!;
      base = {
        reference: stage.base.word?.value ?? parent.name ?? String(parent.index),
        note: `inherits stage ${parentEstimate.name ?? parentEstimate.index}`,
        uncompressedBytes: parentEstimate.uncompressedBytes,
        compressedBytes: parentEstimate.compressedBytes,
      };
      state = copyState(parentState);
    } else {
      const written = stage.base.word?.value ?? "scratch";
      const reference = alternative ?? (stage.base.kind === "unknown" ? written : stage.base.value ?? written);
      const resolved = resolveBase(reference, isUnknownImage(reference) && runsAptOn(this.model, stage));
      this.resolvedBases.set(stage.index, resolved);
      base = resolved.estimate;
      state = {
        baseVersions: resolved.record?.versions ?? {},
        osFamily: resolved.osFamily,
        slimInstalls: resolved.slimInstalls,
        release: resolved.release,
        installed: InstalledPackages.over(resolved.aptBaseline),
        installedBy: PackageOrigins.empty(),
        outputs: SharedList.of(),
        buildCaches: "",
        venv: undefined,
      };
      if (alternative === undefined && stage.base.kind === "unknown") {
        base = { ...base, note: [`${written} has a variable the estimate cannot resolve`, base.note].filter(Boolean).join("; ") };
      }
    }
    return { base, state };
  }

  /** Sizes one instruction; a replacement is read in its place, with the variables and WORKDIR the original sees. */
  private estimateInstruction(instruction: Instruction, state: StageState, stage: Stage): LayerEstimate | undefined {
    const keyword = instruction.keyword;
    if (keyword !== "RUN" && keyword !== "COPY" && keyword !== "ADD") return undefined;
    const source = this.replacements?.get(instruction) ?? { model: this.model, instruction };
    if (source.removed) return undefined;
    const site = new Site(instruction, state.baseVersions);
    const range = instruction.range;
    const contributions = keyword === "RUN"
      ? this.runContributions(source, site, state, stage, range)
      : this.copyContributions(source.instruction, instruction, site, stage);
    for (const contribution of contributions) {
      if (contribution.path) state.outputs.push(output(contribution as Contribution & { path: string }, range));
    }
    this.readBase(stage.index, site.baseReads);
    const assumptions = contributions.map((c) => c.assumption).filter((a): a is string => Boolean(a));
    if (site.branches.uncertainInstall) assumptions.push(CONDITIONAL_INSTALLS);
    if (site.branches.ruledOut) assumptions.push(RULED_OUT);
    if (site.branches.uncertainCleanup) assumptions.push(UNCERTAIN_CLEANUPS);
    return {
      instruction: instruction.keyword,
      range,
      uncompressedBytes: sumRanges(contributions.map((c) => c.uncompressed)),
      compressedBytes: sumRanges(contributions.map((c) => c.compressed)),
      reason: contributions.length === 1 ? contributions[0]!.label : contributions.map((c) => c.label).join("; "),
      assumptions: assumptions.length < 2 ? assumptions : [...new Set(assumptions)],
    };
  }

  // ---------------------------------------------------------------- RUN

  private runContributions(run: Replacement, site: Site, state: StageState, stage: Stage, range: Range): Contribution[] {
    const { facts, cacheMounts, unreadable } = run.facts ?? runFacts(run.model, run.instruction);
    if (unreadable) {
      return [{ label: "RUN under a shell that is not POSIX (PowerShell, cmd): not analysed", ...fromHeuristic(FILES.smallRun), assumption: "RUN commands that could not be read are assumed to add little" }];
    }
    const mounts = cacheMounts.map((mount) => site.path(mount));
    const cached = (path: string) => mounts.some((mount) => isUnder(path, mount) || isUnder(mount, path));
    const contributions: Contribution[] = [];
    const apt = new AptPool();
    const apk = new Map<string, number>();
    const apkGroups = new Map<string, string[]>();
    let markAuto = false;
    const runtimesSeen = new Set<string>();
    const purgedInRun: string[] = [];
    // The `tar -x` that unpacks a download of the same RUN is counted with the download.
    const unpackedWithDownload = new Set<CommandFact>();

    const remove = (predicate: (c: Contribution) => boolean) => {
      for (let i = contributions.length - 1; i >= 0; i--) if (predicate(contributions[i]!)) contributions.splice(i, 1);
    };
    const add = (contribution: Contribution) => {
      if (contribution.path && cached(contribution.path)) return;
      contributions.push(contribution);
    };
    // `apk update` and every `apk add` without --no-cache leave the same index: counted once per layer.
    const addApkIndex = () => {
      if (!contributions.some((c) => c.path === APK_INDEX)) add({ label: `apk index cache (${APK_INDEX})`, path: APK_INDEX, ...fromHeuristic(APK.indexCache) });
    };

    const resolve = (text: string) => site.resolve(text);
    for (let f = 0; f < facts.length; f++) {
      const fact = facts[f]!;
      const runs = fact.guards && guardsHold(fact.guards, resolve);
      if (runs === false) {
        site.branches.ruledOut = true;
        this.ruledOutCommands.add(fact.range);
        continue;
      }
      if (fact.kind === "install" && fact.conditional && runs !== true) site.branches.uncertainInstall = true;
      if (fact.mayNotRun) {
        site.branches.uncertainCleanup = true;
        continue;
      }
      // apt reads the base image: the packages it holds (a closure leaves them out) and its OS (Ubuntu's lists).
      if ((fact.kind === "update" || fact.kind === "install" || fact.kind === "remove") && fact.manager === "apt") site.readsOfBase().packages = true;
      switch (fact.kind) {
        case "update":
          if (fact.manager === "apt") this.addAptLists(add, state);
          if (fact.manager === "apk") addApkIndex();
          break;
        case "install":
          this.install(fact, site, state, { add, addApkIndex, apt, apk, apkGroups });
          break;
        case "remove":
          if (fact.manager === "apt" && this.followPackages) {
            const names = resolvedNames(fact.packages, site).map(packageName).filter((n): n is string => Boolean(n));
            if (names.length === 0 && fact.autoRemove && markAuto) apt.purgeAll(state);
            // A bare `apt-get autoremove` after `apt-get purge x` in the same RUN takes x's dependencies nothing else needs.
            else if (names.length === 0 && fact.autoRemove) this.removeAptPackages(purgedInRun, true, apt, state, stage, fact.range, add);
            else {
              this.removeAptPackages(names, fact.autoRemove, apt, state, stage, fact.range, add);
              if (!fact.autoRemove) purgedInRun.push(...names);
            }
          } else if (fact.manager === "apk") {
            for (const name of fact.packages) {
              for (const member of apkGroups.get(name) ?? [name]) apk.delete(member);
            }
          }
          break;
        case "clean":
          if (fact.what === "lists") remove((c) => c.path === "/var/lib/apt/lists");
          if (fact.manager === "dnf") remove((c) => c.path === "/var/cache/dnf");
          if (fact.manager === "apk") remove((c) => c.path === APK_INDEX);
          if (["npm", "yarn", "pnpm", "pip"].includes(fact.manager)) remove((c) => c.label.startsWith(`${fact.manager} cache`));
          if (fact.manager === "go") remove((c) => c.label.startsWith("Go module and build caches"));
          break;
        case "mark-auto":
          markAuto = true;
          break;
        case "delete":
          this.delete(fact, site, state, stage, contributions, remove);
          break;
        case "download":
          this.download(fact, site, facts, f, add, runtimesSeen, unpackedWithDownload);
          break;
        case "php-extensions":
          this.phpExtensions(fact, site, contributions, add);
          break;
        case "clone":
          this.clone(fact, site, add);
          break;
        case "build":
          this.build(fact, site, state, facts, f, add, cached);
          break;
        case "fetch-dependencies":
          this.dependencyCache(fact.tool, state, add, cached);
          break;
        case "rewrite":
          this.rewrite(fact, site, state, add);
          break;
        case "move": {
          const from = site.path(fact.from);
          const to = site.path(fact.to);
          for (const c of contributions) {
            if (!c.path) continue;
            if (isUnder(c.path, from)) c.path = to + c.path.slice(from.length);
            else if (c.somewhereUnder && isUnder(from, c.path)) c.path = to;
          }
          break;
        }
        case "venv":
          state.venv = site.path(fact.path);
          break;
        case "assign":
          // `url=` only declares; in `if`/`case` branches the first value written (the amd64 branch) is kept.
          if (fact.value !== "" && !(fact.branch && site.hasShellVariable(fact.name))) {
            site.setShellVariable(fact.name, site.resolve(fact.value));
          }
          break;
        case "extract":
          if (!unpackedWithDownload.has(fact)) this.unpack(fact, site, state, add, runtimesSeen);
          break;
      }
    }
    // Python built from source is sized by the layer of the official image that builds it, which holds the libraries
    // its build keeps: the purge's remainder is in that figure already.
    const aptContribution = apt.contribution(state, range, runtimesSeen.has("python"));
    if (aptContribution) contributions.unshift(aptContribution);
    if (apk.size > 0) {
      const total = [...apk.values()].reduce((sum, n) => sum + n, 0);
      const scale = total / APK.perPackage.bytes;
      const perPackage = fromHeuristic({ bytes: total, low: APK.perPackage.low * scale * 0.5, high: APK.perPackage.high * scale * 0.5, ratio: APK.perPackage.ratio });
      contributions.unshift({
        label: `apk add ${[...apk.keys()].join(" ")}: ≈ ${formatBytes(total)}`,
        ...perPackage,
        assumption: "apk package sizes are typical installed sizes with dependencies, not computed from Alpine's index",
      });
    }
    if (contributions.length === 0) return [{ label: "no size-relevant command", ...fromHeuristic(FILES.smallRun) }];
    return contributions;
  }

  private addAptLists(add: (c: Contribution) => void, state: StageState): void {
    const ubuntu = state.osFamily === "ubuntu";
    add({
      label: `apt lists left in /var/lib/apt/lists`,
      path: "/var/lib/apt/lists",
      ...fromHeuristic(ubuntu ? APT.ubuntuLists : APT.debianLists[state.release]),
      ...(ubuntu ? { assumption: `Ubuntu package lists assumed ${approximately(APT.ubuntuLists)} (not measured)` } : {}),
    });
  }

  private install(
    fact: Extract<CommandFact, { kind: "install" }>,
    site: Site,
    state: StageState,
    run: { add: (c: Contribution) => void; addApkIndex: () => void; apt: AptPool; apk: Map<string, number>; apkGroups: Map<string, string[]> },
  ): void {
    const { add } = run;
    switch (fact.manager) {
      case "apt": {
        if (fact.updatesLists) this.addAptLists(add, state);
        if (!this.followPackages) return;
        const closure = run.apt.install(resolvedNames(fact.packages, site), state, !fact.noInstallRecommends && !site.aptSkipsRecommends(this.model));
        this.reads?.push(closure.reads);
        return;
      }
      case "apk": {
        const names = resolvedNames(fact.packages, site).map((p) => p.replace(/[<>=~].*$/, "").toLowerCase()).filter(Boolean);
        for (const name of names) run.apk.set(name, apkPackageBytes(name));
        if (fact.virtual) run.apkGroups.set(fact.virtual, names);
        if (!fact.noCache) run.addApkIndex();
        return;
      }
      case "dnf": {
        const count = Math.max(1, fact.packages.length);
        add({ label: `dnf/yum install ${fact.packages.join(" ")}: ${plural(count, "package")}`, ...fromHeuristic(DNF.perPackage, count), assumption: `RPM packages assumed ${approximately(DNF.perPackage)} each with dependencies` });
        add({ label: "dnf/yum metadata cache left (no `clean all`)", path: "/var/cache/dnf", ...fromHeuristic(DNF.metadataCache) });
        return;
      }
      case "pip":
        this.pipInstall(fact, site, state, add);
        return;
      case "npm":
      case "yarn":
      case "pnpm":
        this.nodeInstall(fact, site, add);
        return;
      case "gem":
        add({ label: `gem install ${fact.packages.join(" ")}`, ...fromHeuristic(GEM.perGem, Math.max(1, fact.packages.length)), assumption: `gems assumed ${approximately(GEM.perGem)} each with dependencies` });
        return;
      case "composer":
        this.composerInstall(fact, site, add);
        return;
      case "bundle": {
        const locked = this.project.lockedGems;
        add(locked
          ? { label: `bundle install: ${plural(locked, "gem")} in Gemfile.lock`, ...fromHeuristic(GEM.perLockedGem, locked), assumption: `${approximately(GEM.perLockedGem)} per locked gem` }
          : { label: "bundle install", ...fromHeuristic(GEM.unknownBundle), assumption: `Gemfile.lock not in the review: bundle assumed ${approximately(GEM.unknownBundle)}` });
        return;
      }
    }
  }

  private pipInstall(fact: Extract<CommandFact, { kind: "install" }>, site: Site, state: StageState, add: (c: Contribution) => void): void {
    const names = fact.packages.filter((p) => !p.startsWith(".") && !p.startsWith("/")).map((p) => pythonPackageName(p.replace(/[<>=~!\[;].*$/, "")));
    const local = fact.packages.length - names.length;
    let total: { uncompressed: ByteRange; compressed: ByteRange } = { uncompressed: ZERO, compressed: ZERO };
    const labels: string[] = [];
    const assumptions: string[] = [];
    // PyTorch's CPU-only builds: from its `/whl/cpu` index, or pinned as `torch==2.5.1+cpu`.
    const requirements = fact.requirementFiles.map((file) => ({ file, listed: this.project.requirements.get(file.split("/").pop() ?? file) }));
    const cpuOnly = (fact.indexUrls ?? []).some((url) => /\/cpu\/?$/.test(site.resolve(url))) || fact.packages.some(asksCpuOnlyTorch) ||
      requirements.some(({ listed }) => listed?.cpuOnlyTorch);
    const addPackages = (list: string[]) => {
      for (const name of list) {
        const known = name === "torch" && cpuOnly ? PIP.torchCpuOnly : PIP.known[name];
        const size = known ? fromHeuristic({ bytes: known, low: known * 0.7, high: known * 1.5, ratio: PIP.perPackage.ratio }) : fromHeuristic(PIP.perPackage);
        total = { uncompressed: sumRanges([size.uncompressed], total.uncompressed), compressed: sumRanges([size.compressed], total.compressed) };
      }
    };
    addPackages(names);
    if (names.length > 0) labels.push(names.join(" "));
    if (local > 0) {
      addPackages(Array.from({ length: local }, () => "."));
      labels.push("the local project");
    }
    for (const { file, listed } of requirements) {
      if (listed) {
        addPackages(listed.names);
        labels.push(`-r ${file} (${plural(listed.names.length, "requirement")})`);
      } else {
        const unknown = fromHeuristic(PIP.unknownRequirements);
        total = { uncompressed: sumRanges([unknown.uncompressed], total.uncompressed), compressed: sumRanges([unknown.compressed], total.compressed) };
        labels.push(`-r ${file}`);
        // Only requirements files are read; a lockfile of uv, Poetry or Pipenv is not.
        const why = /\.(txt|in)$/.test(file) ? "is not in the review" : "is not read";
        assumptions.push(`${file} ${why}: its installed packages assumed ${approximately(PIP.unknownRequirements)}`);
      }
    }
    if (names.length > 0 || local > 0) assumptions.push(`Python packages assumed ${approximately(PIP.perPackage)} each with dependencies unless known to be heavy`);
    const path = fact.target ? site.path(fact.target) : state.venv ?? "/usr/local/lib/python3/site-packages";
    const what = fact.tool ? fact.tool.name : `pip install ${labels.join(", ")}`;
    add({ label: `${what}: ≈ ${formatBytes(total.uncompressed.estimate)}`, ...total, path, assumption: assumptions.join("; ") || undefined });
    const noCache = fact.noCache || /^(1|true|yes|on|off|0)$/.test(site.setting("PIP_NO_CACHE_DIR"));
    if (!noCache) {
      const cache = scaleRange(total.uncompressed, PIP.cacheShare);
      const [tool, cachePath] = fact.tool ? [fact.tool.name.split(" ")[0], fact.tool.cache] : ["pip", "/root/.cache/pip"];
      add({ label: `${tool} cache left in ${cachePath} (no --no-cache${tool === "pip" ? "-dir" : ""})`, path: cachePath, uncompressed: cache, compressed: scaleRange(cache, 0.95) });
    }
  }

  /** vendor/ of the working directory (or `--working-dir`), by composer.lock when the review has it, and the cache. */
  private composerInstall(fact: Extract<CommandFact, { kind: "install" }>, site: Site, add: (c: Contribution) => void): void {
    const locked = this.project.lockedComposer;
    let size: { uncompressed: ByteRange; compressed: ByteRange };
    let label: string;
    let assumption: string;
    if (locked) {
      const count = fact.omitDev ? locked.production : locked.all;
      size = fromHeuristic(COMPOSER.perLockedPackage, count);
      label = `composer install: ${plural(count, "package")} in composer.lock${fact.omitDev ? " (--no-dev)" : ""}`;
      assumption = `${approximately(COMPOSER.perLockedPackage)} per Composer package`;
    } else {
      size = fromHeuristic(COMPOSER.unknownProject);
      label = "composer install";
      assumption = `composer.lock not in the review: vendor/ assumed ${approximately(COMPOSER.unknownProject)}`;
    }
    if (fact.packages.length > 0) {
      const named = fromHeuristic(COMPOSER.perNamedPackage, fact.packages.length);
      size = { uncompressed: sumRanges([named.uncompressed], size.uncompressed), compressed: sumRanges([named.compressed], size.compressed) };
      label = `composer require ${fact.packages.join(" ")}`;
    }
    const directory = fact.target ? site.path(fact.target) : site.workdir;
    add({ label: `${label}: ≈ ${formatBytes(size.uncompressed.estimate)}`, ...size, path: `${directory === "/" ? "" : directory}/vendor`, assumption });
    // The composer image sets COMPOSER_HOME=/tmp.
    const cacheSetting = site.variable("COMPOSER_CACHE_DIR");
    if (fact.noCache || cacheSetting === "/dev/null") return;
    const home = site.variable("COMPOSER_HOME");
    const cachePath = site.path(cacheSetting || (home ? `${home}/cache` : "/root/.cache/composer"));
    const cache = scaleRange(size.uncompressed, COMPOSER.cacheShare);
    add({ label: `composer cache left in ${cachePath} (no --no-cache)`, path: cachePath, uncompressed: cache, compressed: scaleRange(cache, 0.95) });
  }

  private nodeInstall(fact: Extract<CommandFact, { kind: "install" }>, site: Site, add: (c: Contribution) => void): void {
    const manager = fact.manager;
    let size: NodeSize;
    let label: string;
    const path = fact.global ? "/usr/local/lib/node_modules" : `${site.workdir === "/" ? "" : site.workdir}/node_modules`;
    if (fact.packages.length > 0) {
      size = nodePackagesSize(fact.packages.map((spec) => ({ name: npmPackageName(spec) })), installedAlone, NODE.perNamedPackage, `named npm packages assumed ${approximately(NODE.perNamedPackage)} each with dependencies`);
      label = `${manager} ${fact.global ? "install -g" : "add"} ${fact.packages.join(" ")}`;
    } else {
      const production = fact.omitDev || site.setting("NODE_ENV") === "production";
      const { locked, direct } = this.project.node;
      if (locked) {
        const packages = production ? locked.production : locked.all;
        size = nodePackagesSize(packages, largePackage, NODE.perLockedPackage, `≈ ${formatBytes(NODE.perLockedPackage.bytes)} per installed npm package (${formatBytes(NODE.perLockedPackage.low)}–${formatBytes(NODE.perLockedPackage.high)}), but for the large ones measured`);
        label = `${manager} install: ${plural(packages.length, "package")} in ${locked.file}${production ? " (production only)" : ""}`;
      } else if (direct) {
        const names = production ? direct.dependencies : [...direct.dependencies, ...direct.devDependencies];
        size = nodePackagesSize(names.map((name) => ({ name })), installedAlone, NODE.perDirectDependency, `${approximately(NODE.perDirectDependency)} per direct npm dependency with its own dependencies (no lockfile in the review)`);
        label = `${manager} install: ${plural(names.length, "direct dependency")} in package.json${production ? " (production only)" : ""}`;
      } else {
        size = { ...fromHeuristic(NODE.unknownProject), assumption: `package.json and lockfile not in the review: node_modules assumed ${approximately(NODE.unknownProject)}` };
        label = `${manager} install`;
      }
    }
    add({ label: `${label}: ≈ ${formatBytes(size.uncompressed.estimate)}`, uncompressed: size.uncompressed, compressed: size.compressed, path, assumption: size.assumption });
    const cachePath = manager === "npm" ? "/root/.npm" : manager === "yarn" ? "/usr/local/share/.cache/yarn" : "/root/.local/share/pnpm/store";
    const share = NODE.cacheShare[manager] ?? 0.5;
    const cache = scaleRange(size.uncompressed, share);
    add({
      label: `${manager} cache left in ${cachePath}`,
      path: cachePath,
      uncompressed: cache,
      compressed: scaleRange(cache, manager === "npm" ? 0.95 : NODE.perLockedPackage.ratio),
    });
  }

  private removeAptPackages(
    names: string[],
    autoRemove: boolean,
    pool: AptPool,
    state: StageState,
    stage: Stage,
    range: Range,
    add: (c: Contribution) => void,
  ): void {
    const candidates = autoRemove ? memoisedAptClosure(debianPackages(state.release), names, { recommends: false, installed: NOTHING_INSTALLED }).selection.packages : names;
    // Which removed names an earlier layer installed decides what this layer reports: lookups of those names.
    this.reads?.push(new Set(candidates));
    const removed = autoRemove ? autoRemoved(names, candidates, state) : names;
    const fromEarlier = pool.remove(removed);
    const earlier = fromEarlier.filter((name) => state.installedBy.originOf(name) !== undefined);
    state.installed.removeAll(removed);
    if (earlier.length === 0) return;
    const layer = packagesInLayer(earlier, state);
    const origins = earlier.map((name) => state.installedBy.originOf(name)!);
    const createdLines = linesOf(origins.map((origin) => origin.range));
    const size = sized(layer.uncompressed, layer.compressed);
    this.laterDeletions.push({ stageIndex: stage.index, range, what: "packages", path: earlier.join(" "), ...size, created: origins[0]!.label, createdLines });
    add({
      label: `removing ${earlier.join(" ")} frees nothing: ≈ ${formatBytes(size.compressed.estimate)} stay in ${layersOfLines(createdLines)}`,
      uncompressed: ZERO,
      compressed: ZERO,
    });
    state.installedBy.forget(earlier);
  }

  private delete(
    fact: Extract<CommandFact, { kind: "delete" }>,
    site: Site,
    state: StageState,
    stage: Stage,
    contributions: Contribution[],
    remove: (predicate: (c: Contribution) => boolean) => void,
  ): void {
    for (const word of fact.paths) {
      // A path that is all variable (`rm -rf "$GNUPGHOME"`) could be anything: not matched.
      if (site.resolve(word.value).startsWith("$")) continue;
      const path = site.path(word.value);
      if (path === "/") continue;
      // Deleting part of a node tarball: its unused OpenSSL headers.
      if (fact.partial && /openssl\/archs/.test(path)) {
        const node = contributions.find((c) => c.label.startsWith("node ") && c.label.includes("tarball"));
        if (node) {
          node.uncompressed = bytes(Math.max(0, node.uncompressed.estimate - NODE_OPENSSL_HEADERS.uncompressed), Math.max(0, node.uncompressed.low - NODE_OPENSSL_HEADERS.uncompressed), node.uncompressed.high);
          node.compressed = bytes(Math.max(0, node.compressed.estimate - NODE_OPENSSL_HEADERS.compressed), Math.max(0, node.compressed.low - NODE_OPENSSL_HEADERS.compressed), node.compressed.high);
        }
        continue;
      }
      if (fact.partial) continue;
      remove((c) => c.path !== undefined && isUnder(c.path, path));
      const earlier: Output[] = [];
      const remaining: Output[] = [];
      for (let i = 0; i < state.outputs.length; i++) {
        const output = state.outputs.at(i)!;
        (isUnder(output.path, path) ? earlier : remaining).push(output);
      }
      if (earlier.length === 0) continue;
      state.outputs = SharedList.of(remaining);
      const kept = sumRanges(earlier.map((o) => o.compressed));
      const createdLines = linesOf(earlier.map((o) => o.createdAt));
      contributions.push({
        label: `deleting ${path} frees nothing: ≈ ${formatBytes(kept.estimate)} stay in ${layersOfLines(createdLines)}`,
        uncompressed: ZERO,
        compressed: ZERO,
      });
      this.laterDeletions.push({
        stageIndex: stage.index,
        range: word.range,
        what: "files",
        path,
        uncompressed: sumRanges(earlier.map((o) => o.uncompressed)),
        compressed: sumRanges(earlier.map((o) => o.compressed)),
        created: earlier[0]!.label,
        createdLines,
      });
    }
  }

  /**
   * `chown`/`chmod` of files earlier layers made: this layer gets a second copy of each (to change a file's owner or
   * mode, an overlay filesystem copies it up whole). Without `-R` only a path known to be one file counts. Files of the
   * base image are not known, and not counted.
   */
  private rewrite(fact: Extract<CommandFact, { kind: "rewrite" }>, site: Site, state: StageState, add: (c: Contribution) => void): void {
    const rewritten = new Set<Output>();
    const paths: string[] = [];
    for (const word of fact.paths) {
      if (site.resolve(word.value).startsWith("$")) continue;
      const path = site.path(word.value);
      const before = rewritten.size;
      for (let i = 0; i < state.outputs.length; i++) {
        const output = state.outputs.at(i)!;
        if (fact.recursive ? isUnder(output.path, path) : output.file && output.path === path) rewritten.add(output);
      }
      if (rewritten.size > before) paths.push(path);
    }
    if (rewritten.size === 0) return;
    const outputs = [...rewritten];
    const uncompressed = sumRanges(outputs.map((o) => o.uncompressed));
    const compressed = sumRanges(outputs.map((o) => o.compressed));
    add({
      label: `${fact.command} ${paths.join(" ")} writes again what ${layersOfLines(linesOf(outputs.map((o) => o.createdAt)))} put there: ≈ ${formatBytes(uncompressed.estimate)}`,
      uncompressed,
      compressed,
    });
    this.rewrites.push({ range: fact.range, uncompressed, compressed });
  }

  /**
   * A `tar -x` of an archive an earlier layer left (downloaded, or copied in): the files it unpacks. A runtime's
   * tarball is sized from its table; another archive as about three times its own size on disk, compressing back
   * to about its size.
   */
  private unpack(fact: Extract<CommandFact, { kind: "extract" }>, site: Site, state: StageState, add: (c: Contribution) => void, runtimesSeen: Set<string>): void {
    if (!fact.archive) return;
    const archive = site.path(fact.archive);
    const name = archive.split("/").pop()!;
    const directory = fact.directory ? site.path(fact.directory) : site.workdir;
    let source: Output | undefined;
    // The newest output at that path, among the last few hundred: archives are unpacked soon after they arrive, and a
    // scan of every output for each `tar -x` made thousands of them quadratic (8,000: 1.5 s instead of 0.35 s).
    for (let i = state.outputs.length - 1, stop = Math.max(0, state.outputs.length - RECENT_OUTPUTS); i >= stop && !source; i--) {
      if (state.outputs.at(i)!.path === archive) source = state.outputs.at(i);
    }
    // The runtime the download was (`-o /tmp/go.tgz` of go.dev's tarball), or one the archive's name says.
    const runtime = source?.runtime ? { ...source.runtime, table: RUNTIMES[source.runtime.name]! } : runtimeNamedIn(name);
    if (runtime && runtime.name !== "python" && !runtimesSeen.has(runtime.name)) {
      runtimesSeen.add(runtime.name);
      const size = runtimeSize(runtime.table, runtime.version);
      const top = !fact.strips ? runtime.table.topDirectory : undefined;
      add({
        label: `${runtimeLabel(runtime, size.version)} unpacked from ${name}: ≈ ${formatBytes(size.uncompressed)}`,
        path: top ? `${directory === "/" ? "" : directory}/${top}` : directory,
        somewhereUnder: !fact.strips && !top,
        ...sized(size.uncompressed, size.compressed, 0.9, 1.12),
      });
      return;
    }
    if (source) {
      const packed = source.uncompressed.estimate;
      add({
        label: `${name} unpacked: ≈ ${formatBytes(packed * 3)}`,
        path: directory,
        somewhereUnder: true,
        uncompressed: bytes(packed * 3, packed * 1.5, packed * 5),
        compressed: bytes(packed, packed * 0.8, packed * 1.4),
        assumption: `an unpacked archive assumed about 3 × its ${formatBytes(packed)} (1.5–5 ×)`,
      });
      return;
    }
    add({ label: `${name} unpacked`, path: directory, somewhereUnder: true, ...fromHeuristic(FILES.unpackedDownload), assumption: `an unpacked archive assumed ${approximately(FILES.unpackedDownload)}` });
  }

  private download(
    fact: Extract<CommandFact, { kind: "download" }>,
    site: Site,
    facts: CommandFact[],
    at: number,
    add: (c: Contribution) => void,
    runtimesSeen: Set<string>,
    unpackedWithDownload: Set<CommandFact>,
  ): void {
    const url = site.resolve(fact.url);
    if (/\.(asc|sig|sha256|sha512|gpg|pub|key)$|SHASUMS|KEYS$/i.test(url)) return;
    if (fact.pipedToShell) {
      add({ label: `install script from ${url}`, ...fromHeuristic(FILES.installScript), assumption: `what a piped install script installs is unknown: assumed ${approximately(FILES.installScript)}` });
      return;
    }
    const output = fact.output ? site.path(fact.output) : undefined;
    const outputName = output?.split("/").pop();
    const later = facts.slice(at + 1);
    const extract = later.find((f): f is Extract<CommandFact, { kind: "extract" }> =>
      f.kind === "extract" && (!f.archive || !outputName || site.resolve(f.archive).split("/").pop() === outputName));
    if (extract) unpackedWithDownload.add(extract);
    const runtime = runtimeNamedIn(url);
    const buildsFromSource = later.some((f) => f.kind === "build" && f.tool === "make-install");
    if (extract || buildsFromSource) {
      const directory = extract?.directory ? site.path(extract.directory) : site.workdir;
      if (runtime && (runtime.name !== "python" || buildsFromSource)) {
        // Alternative branches of one RUN (`if … else …`) often fetch the same runtime twice: count it once.
        if (runtimesSeen.has(runtime.name)) return;
        runtimesSeen.add(runtime.name);
        const size = runtimeSize(runtime.table, runtime.version);
        const from = runtime.name === "python" ? "built from source" : "tarball";
        const top = extract && !extract.strips ? runtime.table.topDirectory : undefined;
        add({
          label: `${runtimeLabel(runtime, size.version)} ${from}: ≈ ${formatBytes(size.uncompressed)}`,
          path: runtime.name === "python" ? "/usr/local" : top ? `${directory === "/" ? "" : directory}/${top}` : directory,
          somewhereUnder: Boolean(extract && !extract.strips && !top),
          ...sized(size.uncompressed, size.compressed, 0.9, 1.12),
        });
      } else if (!runtime) {
        add({ label: `archive from ${url} unpacked`, path: directory, somewhereUnder: true, ...fromHeuristic(FILES.unpackedDownload), assumption: `an unpacked download assumed ${approximately(FILES.unpackedDownload)}` });
      }
    }
    if (output) {
      const size = runtime ? runtimeSize(runtime.table, runtime.version).compressed : undefined;
      const tool = size === undefined ? knownDownload(outputName!, url) : undefined;
      add(size
        ? { label: `downloaded ${outputName}`, path: output, file: true, runtime: runtime && { name: runtime.name, version: runtime.version }, ...sized(size, size, 0.9, 1.1) }
        : tool
          ? { label: `downloaded ${outputName}`, path: output, file: true, ...fromHeuristic(tool.size), assumption: `${tool.name} assumed ≈ ${formatBytes(tool.size.bytes)}, the size of its release file` }
          : { label: `downloaded ${outputName}`, path: output, file: true, ...fromHeuristic(FILES.download), assumption: `a downloaded file assumed ${approximately(FILES.download)}` });
    }
  }

  private build(fact: Extract<CommandFact, { kind: "build" }>, site: Site, state: StageState, facts: CommandFact[], at: number, add: (c: Contribution) => void, cached: (path: string) => boolean): void {
    switch (fact.tool) {
      case "go": {
        const output = fact.output ? site.path(fact.output) : site.workdir;
        const staticBinary = fact.static || site.setting("CGO_ENABLED") === "0";
        add({ label: `go build output${fact.output ? ` ${fact.output}` : ""}`, path: output, somewhereUnder: !fact.output, staticBinary, ...fromHeuristic(BUILD.goBinary), assumption: `a Go binary assumed ${approximately(BUILD.goBinary)}` });
        if (!hasBuildCache(state, "go") && !cached("/root/.cache/go-build") && !cached("/go/pkg/mod") && !cached("/root/go/pkg/mod")) {
          state.buildCaches = `${state.buildCaches} go`;
          add({ label: "Go module and build caches", path: "/root/.cache/go-build", ...fromHeuristic(BUILD.goCaches), assumption: `Go caches of a build assumed ${approximately(BUILD.goCaches)} (builder stages only matter through what they copy)` });
        }
        return;
      }
      case "cargo": {
        const target = `${site.workdir === "/" ? "" : site.workdir}/target`;
        const binary = fromHeuristic(BUILD.cargoBinary);
        if (cached(target)) return;
        add({ label: "cargo build: target/ directory", path: target, artifact: binary, staticBinary: fact.static, ...fromHeuristic(BUILD.cargoTarget), assumption: `cargo's target/ assumed ${approximately(BUILD.cargoTarget)}, its binary ${approximately(BUILD.cargoBinary)}` });
        return;
      }
      case "node-script":
        add({ label: "build output (npm run build)", path: site.workdir, somewhereUnder: true, ...fromHeuristic(NODE.buildOutput), assumption: `a front-end or TypeScript build output assumed ${approximately(NODE.buildOutput)}` });
        return;
      case "maven":
      case "gradle": {
        const directory = `${site.workdir === "/" ? "" : site.workdir}/${fact.tool === "maven" ? "target" : "build"}`;
        add({
          label: `${fact.tool === "maven" ? "Maven" : "Gradle"} build: ${directory}`,
          path: directory,
          artifact: fromHeuristic(BUILD.jvmArchive),
          ...fromHeuristic(BUILD.jvmBuildDirectory),
          assumption: `a JVM build's output assumed ${approximately(BUILD.jvmBuildDirectory)}, its jar or war ${approximately(BUILD.jvmArchive)}`,
        });
        this.dependencyCache(fact.tool, state, add, cached);
        return;
      }
      case "dotnet": {
        const size = fromHeuristic(fact.selfContained ? BUILD.dotnetSelfContained : BUILD.dotnetPublish);
        const what = fact.selfContained ? "self-contained, with the .NET runtime" : "framework-dependent";
        add({
          label: `dotnet build output${fact.output ? ` ${fact.output}` : ""} (${what})`,
          path: fact.output ? site.path(fact.output) : site.workdir,
          somewhereUnder: !fact.output,
          ...size,
          assumption: fact.selfContained ? `a self-contained .NET app assumed ${approximately(BUILD.dotnetSelfContained)}` : `a .NET app's published files assumed ${approximately(BUILD.dotnetPublish)}`,
        });
        this.dependencyCache("dotnet", state, add, cached);
        return;
      }
      case "make-install": {
        // Building a runtime the RUN downloaded (Python from python.org) is that runtime, already counted.
        const downloadedRuntime = facts.slice(0, at).some((f) => f.kind === "download" && Object.values(RUNTIMES).some((table) => table.pattern.test(site.resolve(f.url))));
        if (!downloadedRuntime) add({ label: "software built from source (make install)", path: "/usr/local", ...fromHeuristic(BUILD.makeInstall), assumption: `software built from source assumed to install ${approximately(BUILD.makeInstall)}` });
        return;
      }
    }
  }

  /** The extensions `docker-php-ext-install` or `pecl install` build, and pecl's files (once per RUN). */
  private phpExtensions(fact: Extract<CommandFact, { kind: "php-extensions" }>, site: Site, contributions: readonly Contribution[], add: (c: Contribution) => void): void {
    const names = fact.extensions.map((name) => site.resolve(name)).filter((name) => name !== "");
    if (names.length === 0) return;
    const { bytes: each, low, high, ratio } = PHP.extension;
    add({
      label: `${fact.tool} ${names.join(" ")}: ${plural(names.length, "extension")} built`,
      path: "/usr/local/lib/php/extensions",
      ...fromHeuristic({ bytes: each * names.length, low: low * names.length, high: high * names.length, ratio }),
      assumption: `a PHP extension assumed ≈ ${formatBytes(each)} built (${formatBytes(low)}–${formatBytes(high)})`,
    });
    if (fact.tool === "pecl" && !contributions.some((c) => c.path === "/tmp/pear")) {
      add({ label: "pecl downloads and build files in /tmp/pear", path: "/tmp/pear", ...fromHeuristic(PHP.peclFiles), assumption: `pecl's files in /tmp/pear assumed ≈ ${formatBytes(PHP.peclFiles.bytes)}` });
    }
  }

  /** A cloned repository, where it lands: its size is an assumption, with or without its history. */
  private clone(fact: Extract<CommandFact, { kind: "clone" }>, site: Site, add: (c: Contribution) => void): void {
    const name = site.resolve(fact.url).replace(/\/+$/, "").split("/").pop()!.replace(/\.git$/, "");
    const size = fact.shallow ? FILES.gitCloneShallow : FILES.gitClone;
    add({
      label: `git clone ${name}${fact.shallow ? " (shallow)" : ""}`,
      path: site.path(fact.directory ?? name),
      ...fromHeuristic(size),
      assumption: `git clone of ${name}: repository size unknown, assumed ≈ ${formatBytes(size.bytes)} (${formatBytes(size.low)}–${formatBytes(size.high)})${fact.shallow ? "" : " with its history"}`,
    });
  }

  /** The dependencies a Maven, Gradle, .NET or Go build downloads, once per stage, unless a cache mount keeps them out. */
  private dependencyCache(tool: keyof typeof DEPENDENCY_CACHES, state: StageState, add: (c: Contribution) => void, cached: (path: string) => boolean): void {
    const { name, path, size } = DEPENDENCY_CACHES[tool];
    if (hasBuildCache(state, tool) || cached(path)) return;
    state.buildCaches = `${state.buildCaches} ${tool}`;
    add({ label: `${name} dependencies in ${path}`, path, ...fromHeuristic(size), assumption: `a build's downloaded dependencies assumed ≈ ${formatBytes(size.bytes)} (${formatBytes(size.low)}–${formatBytes(size.high)})` });
  }

  // ---------------------------------------------------------------- COPY / ADD

  /** `COPY --from=<image> / …`: the image's whole filesystem, sized as the image is. */
  private wholeImage(image: string, text: string, destination: string): Contribution {
    const { estimate } = resolveBase(image);
    return {
      label: `${text}: the whole filesystem of ${image}, ≈ ${formatBytes(estimate.uncompressedBytes.estimate)}`,
      path: destination,
      uncompressed: estimate.uncompressedBytes,
      compressed: estimate.compressedBytes,
      assumption: estimate.note && `${image} copied whole: ${estimate.note}`,
    };
  }

  /** COPY/ADD as written in `instruction` (the original or its replacement); `original` is where it sits in the stage graph. */
  private copyContributions(instruction: Instruction, original: Instruction, site: Site, stage: Stage): Contribution[] {
    const operands = instruction.args.map((word) => word.value);
    if (operands.length < 2) return [];
    const sourceWords = instruction.args.slice(0, -1);
    const sources = sourceWords.map((word) => site.resolve(word.value));
    const destination = site.path(operands[operands.length - 1]!);
    const fromFlag = instruction.flags.find((flag) => flag.name === "from")?.value?.value;
    const keyword = instruction.keyword;
    const text = `${keyword} ${operands.join(" ")}`;
    if (fromFlag) {
      const sourceStage = stage.dependencies.find((dependency) => dependency.via === "copy" && dependency.instruction === original)?.stage;
      if (!sourceStage) {
        if (sources.some((source) => site.path(source, "/") === "/")) return [this.wholeImage(site.resolve(fromFlag), text, destination)];
        const { release } = resolveBase(site.resolve(fromFlag));
        const system = sources.map((source) => systemFiles(site.path(source, "/"), release));
        if (system.every(Boolean)) return [{ label: `${text} from image ${fromFlag}: ${system.map((files) => files!.label).join(", ")}`, path: destination, ...sumSized(system.map((files) => files!.size)) }];
        return [{ label: `${text} from image ${fromFlag}`, path: destination, ...fromHeuristic(FILES.unknownCopy), assumption: `files copied from the image ${fromFlag} assumed ${approximately(FILES.unknownCopy)}` }];
      }
      return sources.map((source) => this.copyFromStage(site.path(source, "/"), source, sourceStage.index, destination, fromFlag, text));
    }
    const contributions: Contribution[] = [];
    let contextUsed = 0;
    /** The name of the one file copied, when the instruction copies one file. */
    let oneFile: string | undefined;
    for (const [i, source] of sources.entries()) {
      // `COPY <<EOF /file`: the file is the heredoc's body.
      const inline = instruction.heredocs.find((heredoc) => heredoc.opener.start === sourceWords[i]!.start)?.body.length;
      if (inline !== undefined) {
        contributions.push({ label: `${source} (inline file)`, path: destination, ...sized(inline, inline * FILES.sourceRatio, 1, 1) });
        continue;
      }
      if (/^(https?|ftp):\/\//.test(source)) {
        if (sources.length === 1) oneFile = copiedFileName(source);
        const tool = knownDownload(destination.split("/").pop() ?? "", source);
        contributions.push(tool
          ? { label: `${keyword} ${source}`, path: destination, ...fromHeuristic(tool.size), assumption: `${tool.name} assumed ≈ ${formatBytes(tool.size.bytes)}, the size of its release file` }
          : { label: `${keyword} ${source}`, path: destination, ...fromHeuristic(FILES.download), assumption: `a file added from a URL assumed ${approximately(FILES.download)}` });
        continue;
      }
      const name = source.split("/").filter(Boolean).pop() ?? source;
      const known = this.project.fileBytes.get(name);
      if (keyword === "ADD" && /\.(tar(\.(gz|xz|bz2|zst))?|tgz)$/.test(source)) {
        contributions.push({ label: `ADD ${source} (unpacked)`, path: destination, somewhereUnder: true, ...fromHeuristic(FILES.unpackedDownload), assumption: `${source} unpacked assumed ${approximately(FILES.unpackedDownload)}` });
        continue;
      }
      if (known !== undefined) {
        if (sources.length === 1 && !/[*?[]/.test(source)) oneFile = name;
        contributions.push({ label: `${source}: ${formatBytes(known)}`, path: destination, ...sized(known, known * FILES.sourceRatio, 1, 1) });
        continue;
      }
      const whole = /^\.?\/?$|^\.\/?\*$|^\*$/.test(source);
      const file = !whole && /\.[A-Za-z0-9]{1,8}$/.test(name) && !name.startsWith(".");
      if (file && sources.length === 1) oneFile = copiedFileName(source);
      if (file && ARTIFACT.test(name)) {
        contributions.push({ label: `${source}`, path: destination, ...fromHeuristic(FILES.artifact), assumption: `${source}: a build artifact or archive, assumed ${approximately(FILES.artifact)}` });
        continue;
      }
      if (file) {
        contributions.push({ label: `${source}`, path: destination, ...fromHeuristic(FILES.singleFile) });
        continue;
      }
      const share = whole ? 1 : 0.5;
      // With several sources, each one's assumption names that source alone: the whole text, repeated for each of a
      // thousand sources, made a 5 MB report of a 5 KB file.
      const about = sources.length === 1 ? text : `${keyword} ${source}`;
      const estimate = Math.max(0, Math.min(this.contextBytes * share, this.contextBytes - contextUsed));
      contextUsed += estimate;
      // A context whose size was given is copied whole at that size; only what part of it a COPY takes is a guess.
      const uncompressed = whole && this.contextGiven
        ? bytes(estimate, estimate * 0.95, estimate * 1.05)
        : bytes(estimate, whole ? this.contextBytes * 0.2 : this.contextBytes * 0.05, this.contextBytes * (whole ? 4 : 1));
      const context = this.contextGiven ? `the ${formatBytes(this.contextBytes)} build context given` : `the ${formatBytes(this.contextBytes)} build context`;
      contributions.push({
        label: `${source}: ${whole ? "the build context" : "part of the build context"}`,
        path: destination,
        uncompressed,
        compressed: scaleRange(uncompressed, FILES.sourceRatio, 0.25, 0.6),
        assumption: whole
          ? this.contextGiven
            ? `${about}: ${context}`
            : `${about}: build context size unknown, assumed ${formatBytes(this.contextBytes)} — adjustable (contextBytes)`
          : `${about}: ${sources.length === 1 ? `${source} ` : ""}assumed half of ${context}${this.contextGiven ? "" : " — adjustable (contextBytes)"}`,
      });
    }
    // Into a directory (`COPY start.sh /usr/local/bin/`), the file lands under its own name.
    const written = operands[operands.length - 1]!;
    return [{
      label: `${text}: ${contributions.map((c) => c.label).join(", ")}`,
      path: oneFile && written.endsWith("/") ? `${destination === "/" ? "" : destination}/${oneFile}` : destination,
      file: oneFile !== undefined || undefined,
      uncompressed: sumRanges(contributions.map((c) => c.uncompressed)),
      compressed: sumRanges(contributions.map((c) => c.compressed)),
      assumption: contributions.map((c) => c.assumption).filter(Boolean).join("; ") || undefined,
    }];
  }

  /** What `COPY --from=<stage> <source>` carries: the outputs of that stage found at or under the source. */
  private copyFromStage(sourcePath: string, source: string, stageIndex: number, destination: string, stageName: string, text: string): Contribution {
    const state = this.states.get(stageIndex)!;
    const label = `${text} from stage ${stageName}`;
    // Build outputs at an unknown place (dist/, .next/, a Go binary) are counted by the first COPY reaching into them.
    const within = state.outputs.filter((o) =>
      isUnder(o.path, sourcePath) || (o.somewhereUnder && isUnder(sourcePath, o.path) && !this.claimedBuildOutputs.has(o)));
    for (const output of within) if (output.somewhereUnder) this.claimedBuildOutputs.add(output);
    const staticBinary = within.some((o) => o.staticBinary);
    if (within.length > 0) {
      const uncompressed = sumRanges(within.map((o) => o.artifact && !isUnder(o.path, sourcePath) ? o.artifact.uncompressed : o.uncompressed));
      const compressed = sumRanges(within.map((o) => o.artifact && !isUnder(o.path, sourcePath) ? o.artifact.compressed : o.compressed));
      return { label: `${label}: ${within.map((o) => o.label.replace(/:.*$/, "")).join(", ")}, ≈ ${formatBytes(uncompressed.estimate)}`, path: destination, uncompressed, compressed, staticBinary };
    }
    const containing = state.outputs.filter((o) => isUnder(sourcePath, o.path) && !o.somewhereUnder).sort((a, b) => b.path.length - a.path.length)[0];
    if (containing) {
      if (containing.artifact) return { label: `${label}: the artifact of ${containing.label.replace(/:.*$/, "")}`, path: destination, ...containing.artifact, staticBinary: containing.staticBinary };
      return {
        label: `${label}: part of ${containing.label.replace(/:.*$/, "")}`,
        path: destination,
        uncompressed: scaleRange(containing.uncompressed, 0.5, 0.1, 1),
        compressed: scaleRange(containing.compressed, 0.5, 0.1, 1),
        assumption: `${source} assumed half of what ${containing.label.replace(/:.*$/, "")} produced`,
      };
    }
    const system = systemFiles(sourcePath, state.release);
    if (system) return { label: `${label}: ${system.label}`, path: destination, ...system.size };
    if (sourcePath === "/") {
      const whole = this.results[stageIndex]!;
      return { label: `${label}: the whole stage`, path: destination, uncompressed: whole.uncompressedBytes, compressed: whole.compressedBytes };
    }
    return { label: `${label}: ${source}`, path: destination, ...fromHeuristic(FILES.unknownCopy), assumption: `${source} of stage ${stageName} is not something the estimate saw being made: assumed ${approximately(FILES.unknownCopy)}` };
  }
}

/** What Debian packages add to a layer: their files, and the Python bytecode compiled when they are installed. */
interface PackageBytes {
  uncompressed: number;
  compressed: number;
  /** Of `uncompressed`, the bytes of .pyc files. */
  bytecode: number;
}

interface NodeSize {
  uncompressed: ByteRange;
  compressed: ByteRange;
  assumption?: string;
}

/** A package measured installed alone, with its dependencies. */
const installedAlone = ({ name }: NodePackage) => npmPackages().installedAlone[name];

const versionParts = (version: string) => version.split(/[.+-]/).slice(0, 3).map((part) => Number.parseInt(part, 10) || 0);

/** Newer versions first. */
function newerFirst(a: string, b: string): number {
  const [x, y] = [versionParts(a), versionParts(b)];
  return (y[0]! - x[0]!) || (y[1]! - x[1]!) || (y[2]! - x[2]!);
}

/**
 * A lockfile entry measured large on its own (`npmPackages().large`): the version measured, else the measured one of the nearest
 * major version (the newer on a tie), else, with no version known, the newest measured. Versions differ by many times:
 * typescript 4.9 is 67 MB, 6.0 24 MB.
 */
function largePackage({ name, version }: NodePackage): MeasuredBytes | undefined {
  const versions = npmPackages().large[name];
  if (!versions) return undefined;
  if (version && versions[version]) return versions[version];
  const measured = Object.keys(versions).sort(newerFirst);
  if (!version) return versions[measured[0]!];
  const major = versionParts(version)[0]!;
  const distance = (candidate: string) => Math.abs(versionParts(candidate)[0]! - major);
  return versions[measured.reduce((best, candidate) => (distance(candidate) < distance(best) ? candidate : best))];
}

/**
 * What npm packages add: those `measured` knows at their measured bytes (other versions differ: -15 %/+20 %), the
 * others at `guess` apiece, said in `guessed`.
 */
function nodePackagesSize(packages: readonly NodePackage[], measured: (found: NodePackage) => MeasuredBytes | undefined, guess: Heuristic, guessed: string): NodeSize {
  let bytes = 0;
  let compressed = 0;
  const known: string[] = [];
  for (const found of packages) {
    const size = measured(found);
    if (!size) continue;
    bytes += size[0];
    compressed += size[1];
    known.push(`${found.name} ≈ ${formatBytes(size[0])}`);
  }
  const rest = fromHeuristic(guess, packages.length - known.length);
  const exact = sized(bytes, compressed);
  const shown = known.slice(0, 4).join(", ");
  const assumptions = [
    known.length < packages.length ? guessed : undefined,
    known.length > 0 ? `measured from the npm registry: ${shown}${known.length > 4 ? ` and ${known.length - 4} more` : ""} (install scripts' downloads not counted)` : undefined,
  ].filter(Boolean);
  return {
    uncompressed: sumRanges([exact.uncompressed, rest.uncompressed]),
    compressed: sumRanges([exact.compressed, rest.compressed]),
    assumption: assumptions.join("; ") || undefined,
  };
}

/** What packages add to a layer from their sums (see `APT`), on a base whose installs leave documentation out or not. */
function layerBytes(sums: Readonly<PackageSums>, slim: boolean): PackageBytes {
  const bytecode = sums.pythonBytes * APT.compiledPython.share;
  const installed = slim
    ? sums.installedBytes - sums.measuredSlimLeftOutBytes - sums.unmeasuredInstalledBytes * APT.slimLeftOut.installed
    : sums.installedBytes;
  const unmeasuredGzip = sums.unmeasuredDebBytes * APT.debToLayerFactor * (slim ? 1 - APT.slimLeftOut.gzip : 1);
  const gzip = (slim ? sums.measuredSlimGzipBytes : sums.measuredGzipBytes) + unmeasuredGzip + sums.count * APT.dpkgRecordBytes;
  return {
    uncompressed: installed * APT.installedFactor + bytecode,
    compressed: gzip + bytecode * APT.compiledPython.ratio,
    bytecode,
  };
}

function packagesInLayer(names: Iterable<string>, state: StageState): PackageBytes {
  return layerBytes(packageBytes(debianPackages(state.release), names), state.slimInstalls);
}

/** The dpkg packages one RUN adds, kept together so a later purge in the same RUN can take them back. */
class AptPool {
  /** The closures this RUN installed, in order; each was computed over what was installed before it. */
  private readonly closures: MemoisedClosure[] = [];
  /** The packages this RUN installed, built once something is removed (until then the closures say it). */
  private added: Set<string> | undefined;
  private readonly requested: string[] = [];
  private readonly unknown: string[] = [];
  private remainder = 1;
  private recommends = false;
  /** The bytes of the closures installed, while nothing was removed (then they are the bytes of `added`). */
  private closureBytes: PackageSums | undefined = { ...NO_PACKAGES };

  /** Installs the closure of the packages; returns it. */
  install(packages: string[], state: StageState, recommends: boolean): MemoisedClosure {
    const names = packages.map(packageName).filter((n): n is string => Boolean(n));
    const closure = memoisedAptClosure(debianPackages(state.release), names, { recommends, installed: state.installed });
    const { selection } = closure;
    this.recommends ||= recommends;
    this.requested.push(...names);
    this.unknown.push(...selection.unknown);
    this.closures.push(closure);
    if (this.added) for (const name of selection.packages) this.added.add(name);
    if (this.closureBytes) addSums(this.closureBytes, selection);
    state.installed.addClosure(closure);
    return closure;
  }

  private addedSet(): Set<string> {
    if (!this.added) {
      // Added name by name: a Set made from `flatMap`'s array took several times longer (a closure has hundreds).
      this.added = new Set();
      for (const closure of this.closures) for (const name of closure.added) this.added.add(name);
    }
    return this.added;
  }

  /** Removes packages; returns those that this RUN did not install (an earlier layer did). */
  remove(names: readonly string[]): string[] {
    this.closureBytes = undefined;
    const added = this.addedSet();
    return names.filter((name) => !added.delete(name));
  }

  /** `apt-mark auto` then `purge --auto-remove`: what this RUN installed goes, but for runtime libraries kept. */
  purgeAll(state: StageState): void {
    this.closureBytes = undefined;
    this.remainder = APT.purgedRemainder.estimate;
    state.installed.removeAll(this.addedSet());
  }

  /** The packages this RUN installed (and did not remove), as a set. */
  private installedSet(): ReadonlySet<string> {
    if (this.added) return this.added;
    return this.closures.length === 1 ? this.closures[0]!.added : this.addedSet();
  }

  contribution(state: StageState, range: Range, keptLibrariesCounted = false): Contribution | undefined {
    if (this.requested.length === 0) return undefined;
    const packages = this.installedSet();
    // Byte counts are integers, so the closures' totals equal the sum over their packages exactly.
    const layer = this.closureBytes ? layerBytes(this.closureBytes, state.slimInstalls) : packagesInLayer(packages, state);
    const { uncompressed, compressed } = layer;
    const purged = this.remainder < 1;
    const spread = purged ? APT.purgedRemainder : APT.spread;
    const compressedSpread = purged ? APT.purgedRemainder : APT.compressedSpread;
    const kept = !purged ? "" : keptLibrariesCounted ? " (the runtime libraries kept are counted with the build)" : " (runtime libraries kept)";
    const label = `apt-get install ${this.requested.join(" ")}: ${plural(packages.size, "package")}, ≈ ${formatBytes(uncompressed)}${purged ? `, then purged with their dependencies${kept}` : ""}`;
    const remainder = purged && keptLibrariesCounted ? 0 : this.remainder;
    state.installedBy.record(packages, { range, label });
    const assumptions = [
      state.osFamily === "ubuntu" ? `Ubuntu packages approximated by Debian ${state.release}'s` : undefined,
      state.osFamily !== "debian" && state.osFamily !== "ubuntu" ? "apt on a base that is not Debian-based: sized as Debian bookworm packages added to Debian's slim image" : undefined,
      this.unknown.length ? `not in the Debian ${state.release} data, counted as 0: ${this.unknown.join(" ")}` : undefined,
      layer.bytecode > 0 ? `${COMPILED_PYTHON} ≈ ${formatBytes(layer.bytecode)} here` : undefined,
    ].filter(Boolean);
    return {
      label,
      uncompressed: bytes(uncompressed * remainder, uncompressed * spread.low, uncompressed * spread.high),
      compressed: bytes(compressed * remainder, compressed * compressedSpread.low, compressed * compressedSpread.high),
      assumption: assumptions.join("; ") || undefined,
    };
  }
}

const NOTHING_INSTALLED = InstalledPackages.over(new Set());

/**
 * What `apt-get purge --auto-remove <names>` takes away of `dependencies` (the names and all they depend on): the
 * names, and the dependencies nothing still installed needs. apt never removes automatically a package asked for by
 * name, one the base image came with, or what those depend on or recommend.
 */
function autoRemoved(names: readonly string[], dependencies: readonly string[], { installed, release }: StageState): string[] {
  const purged = new Set(names);
  const kept = installed.requestedAndPresent().filter((name) => !purged.has(name));
  const needed = kept.length > 0 ? memoisedAptClosure(debianPackages(release), kept, { recommends: true, installed: NOTHING_INSTALLED }).added : new Set<string>();
  return dependencies.filter((name) => purged.has(name) || (!needed.has(name) && !installed.inBase(name)));
}

/** Package operands with variables resolved; a variable holding several names (`$BUILD_DEPS`) gives each. */
function resolvedNames(packages: string[], site: Site): string[] {
  if (!packages.some((name) => name.includes("$"))) return packages;
  return flatMapped(packages, (name) => (name.includes("$") ? site.resolve(name).split(/\s+/).filter(Boolean) : [name]));
}

export interface EstimateInput {
  model: DockerfileModel;
  /** Every file of the review: package.json, lockfiles, requirements files are read from here. */
  files?: readonly SourceFile[];
  options?: SizeOptions;
  /** Another base for the shipped stage, to compare (replaces its FROM image). */
  shippedBase?: string;
  /** Instructions to read in place of others (an instruction with a fix applied), to compare. */
  replacements?: ReadonlyMap<Instruction, Replacement>;
  /** An estimate of the same model and inputs whose stages before `fromStage` the change cannot affect. */
  resume?: Resume;
  /** Keep checkpoints before the RUNs of the stages that ship, for re-estimates after a fix to start there. */
  checkpoints?: boolean;
}

/**
 * The last RUN (in file order) that could record a later deletion in a stage that ships: a RUN after an earlier
 * layer of its stage or of the stages it is built on (a deletion needs something an earlier layer made) that may
 * record one; and whether any such RUN up to it may remove packages (else the packages installed need not be
 * followed). Most files have none, and need no estimate to know they have no later deletion. The stages that ship
 * are the final one and those it is built on, so its inherited instructions hold them all, in file order.
 */
function laterDeletionCandidates(model: DockerfileModel): { until: Instruction; removesPackages: boolean } | undefined {
  const final = model.finalStage;
  if (!final) return undefined;
  const instructions = inheritedInstructions(final);
  const firstLayer = instructions.findIndex((instruction) => instruction.keyword === "RUN" || instruction.keyword === "COPY" || instruction.keyword === "ADD");
  if (firstLayer < 0) return undefined;
  const isRun = (i: number) => instructions[i]!.keyword === "RUN";
  let last = instructions.length - 1;
  while (last > firstLayer && !(isRun(last) && (deletesFiles(model, instructions[last]!) || removesPackages(model, instructions[last]!)))) last--;
  if (last === firstLayer) return undefined;
  let removes = false;
  for (let i = firstLayer + 1; i <= last && !removes; i++) removes = isRun(i) && removesPackages(model, instructions[i]!);
  return { until: instructions[last]!, removesPackages: removes };
}

/** The programs of the facts that can record a later deletion: `rm`, and apt's removals. */
const RM = new Set(["rm"]);
const APT_PROGRAMS = new Set(["apt-get", "apt", "aptitude"]);

/** True when a RUN runs one of the programs: most RUNs have none of those a question is about, and need no facts read. */
function runsAny(model: DockerfileModel, run: Instruction, programs: ReadonlySet<string>): boolean {
  return commandsOf(model, run).some((command) => command.program !== undefined && programs.has(command.program));
}

/** The stages apt runs on: those with a RUN running it, and the stages they are built on. */
const APT_STAGES = new DerivedKey<ReadonlySet<Stage>>("stages apt runs on");

/** True when a RUN of the stage, or of a stage built on it, runs apt (so its base is Debian or Ubuntu). */
function runsAptOn(model: DockerfileModel, stage: Stage): boolean {
  return derived(model, APT_STAGES, () => {
    const marked = new Set<Stage>();
    for (const candidate of model.stages) {
      if (!candidate.instructions.some((instruction) => instruction.keyword === "RUN" && runsAny(model, instruction, APT_PROGRAMS))) continue;
      // Up the chain until a stage already marked, with those above it: each stage is marked once.
      for (let at: Stage | undefined = candidate; at && !marked.has(at); at = at.base.stage) marked.add(at);
    }
    return marked;
  }).has(stage);
}

/** True when the RUN deletes files with `rm` (a partial `find … -delete` never records a later deletion). */
function deletesFiles(model: DockerfileModel, run: Instruction): boolean {
  return runsAny(model, run, RM) && runFacts(model, run).facts.some((fact) => fact.kind === "delete" && !fact.partial);
}

/** True when the RUN removes packages with apt, naming them (apk and dnf removals only take back their own RUN's installs). */
function removesPackages(model: DockerfileModel, run: Instruction): boolean {
  return runsAny(model, run, APT_PROGRAMS)
    && runFacts(model, run).facts.some((fact) => fact.kind === "remove" && fact.manager === "apt" && fact.packages.length > 0);
}

/** Sizes every stage and layer of a Dockerfile. Pure; reads only the bundled data. */
export function estimateStages(input: EstimateInput): StagesEstimate {
  // A re-estimate reads the same files as the estimate it resumes (a lockfile can be megabytes): not again.
  const estimator = new Estimator(input.resume?.estimate.progress.project ?? readProjectFiles(input.files ?? []), input);
  const stages = estimator.run();
  return { stages, laterDeletions: estimator.laterDeletions, rewrites: estimator.rewrites, staticBinaryShipped: estimator.staticBinaryShipped, progress: estimator.progress };
}

/**
 * The later deletions in the stages that ship, read from `estimate` when the review has one, else estimated for
 * them alone: up to the last RUN that could record one, without the stages that cannot change what it sees, and
 * for most files (which have no such RUN) not at all.
 */
export function laterDeletionsOf(model: DockerfileModel, files: readonly SourceFile[] = [], options: SizeOptions = {}, estimate?: StagesEstimate): LaterDeletion[] {
  let deletions: readonly LaterDeletion[] = estimate?.laterDeletions ?? [];
  const candidates = estimate ? undefined : laterDeletionCandidates(model);
  if (candidates) {
    const estimator = new Estimator(readProjectFiles(files), { model, options, until: candidates.until, followPackages: candidates.removesPackages });
    estimator.run();
    deletions = estimator.laterDeletions;
  }
  return deletions.filter((deletion) => model.stages[deletion.stageIndex]?.ships);
}
