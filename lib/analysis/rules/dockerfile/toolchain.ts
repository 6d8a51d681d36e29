import type { Command, CommandWord } from "../../dockerfile/commands";
import type { DockerfileModel, Instruction, Stage } from "../../dockerfile/model";
import type { DockerfileRuleContext } from "../types";
import { derived, DerivedKey } from "../../derived";

/**
 * Support for the rules about build toolchains in shipped images (`prefer-multi-stage-build`,
 * `final-stage-build-tools`, `prefer-minimal-base`): which package installs and commands mean "this stage builds".
 */

const INSTALLS: [string, string][] = [
  ["apt-get", "install"], ["apt", "install"], ["apk", "add"], ["yum", "install"], ["dnf", "install"], ["microdnf", "install"],
  ["tdnf", "install"], ["zypper", "install"],
];
const REMOVES: [string, string][] = [
  ["apt-get", "purge"], ["apt-get", "remove"], ["apt-get", "autoremove"], ["apt", "purge"], ["apt", "remove"], ["apk", "del"],
  ["yum", "remove"], ["dnf", "remove"], ["microdnf", "remove"], ["tdnf", "remove"], ["zypper", "remove"],
];

/** A RUN command that uninstalls packages (docker-library's `apt-mark auto … purge` pattern, `apk del`). */
export function removesPackages(command: Command): boolean {
  return REMOVES.some(([program, subcommand]) => command.is(program, subcommand)) || (command.program === "apt-mark" && command.args[0]?.value === "auto");
}

/** The literal package words of an install command (`apt-get install`, `apk add`, `dnf install`…); none for other commands. */
export function installedPackages(command: Command): CommandWord[] {
  if (!INSTALLS.some(([program, subcommand]) => command.is(program, subcommand))) return [];
  return command.operands.filter((word) => word.literal);
}

/** A package word without its version or release constraint (`gcc=4:12.2`, `make~=4.3`, `cargo>1.70`). */
export function packageName(word: CommandWord): string {
  return word.value.split(/[=<>~]/)[0]!.toLowerCase();
}

/** Compilers, SDKs and build systems, as Debian, Alpine and RPM name their packages. */
const TOOLCHAIN_PACKAGES = new Set([
  "build-essential", "build-base", "gcc", "g++", "gcc-c++", "clang", "make", "cmake", "ninja-build", "meson", "autoconf",
  "automake", "libtool", "golang", "golang-go", "go", "rustc", "cargo", "rust", "maven", "gradle", "default-jdk",
  "default-jdk-headless",
]);
const TOOLCHAIN_PATTERNS = [
  /^(gcc|g\+\+|clang|golang)-[0-9.]+(-go)?$/, // versioned compilers: gcc-12, clang-16, golang-1.21-go
  /^openjdk-?[0-9]+(-jdk(-headless)?)?$/, // openjdk-17-jdk (Debian), openjdk17 (Alpine's JDK)
  /^java-[0-9.]+-openjdk-devel$/, // the RPM JDK
  /^dotnet-sdk-[0-9.]+$/,
];

export function isToolchainPackage(name: string): boolean {
  return TOOLCHAIN_PACKAGES.has(name) || TOOLCHAIN_PATTERNS.some((pattern) => pattern.test(name));
}

/** How a build command is named in messages (`go build`, `npm run build`), or undefined for other commands. */
export function buildCommandName(command: Command): string | undefined {
  const program = command.program;
  if (program === "go" && (command.is("go", "build") || command.is("go", "install"))) return `go ${command.subcommandName}`;
  if (program === "cargo" && (command.is("cargo", "build") || command.is("cargo", "install"))) return `cargo ${command.subcommandName}`;
  if (program === "npm" || program === "yarn" || program === "pnpm") {
    const viaRun = command.subcommandName === "run";
    const script = viaRun ? command.operands[0]?.value : command.subcommandName;
    return script && /^build(\b|:)/.test(script) ? `${program}${viaRun ? " run" : ""} ${script}` : undefined;
  }
  if (program === "mvn" || program === "mvnw") {
    return command.args.some((word) => /^(package|install|verify|compile|deploy|spring-boot:repackage)$/.test(word.value)) ? "mvn package" : undefined;
  }
  if (program === "gradle" || program === "gradlew") {
    return command.args.some((word) => /^(:?[\w-]+:)*(build|assemble|bootJar|jar|shadowJar|installDist)$/.test(word.value)) ? "gradle build" : undefined;
  }
  if (program === "dotnet" && /^(publish|build)$/.test(command.args[0]?.value ?? "")) return `dotnet ${command.args[0]!.value}`;
  return undefined;
}

/** Something in a stage that builds software: a toolchain package installed for good, or a build command run. */
export interface ToolchainUse {
  kind: "package" | "build";
  /** The package (`gcc`) or the command (`go build`). */
  name: string;
  word: CommandWord;
  instruction: Instruction;
}

const TOOLCHAIN_USES = new DerivedKey<ToolchainUse[]>("toolchain uses");

/**
 * The toolchain uses of a stage's RUNs, in order (computed once per stage: several rules ask). A RUN that uninstalls
 * packages again keeps none of its installs.
 */
export function toolchainUses(context: DockerfileRuleContext, stage: Stage): ToolchainUse[] {
  return derived(stage, TOOLCHAIN_USES, () => findToolchainUses(context, stage));
}

function findToolchainUses(context: DockerfileRuleContext, stage: Stage): ToolchainUse[] {
  const uses: ToolchainUse[] = [];
  for (const run of stage.instructions) {
    if (run.keyword !== "RUN") continue;
    const commands = context.commands(run);
    const cleansUp = commands.some(removesPackages);
    for (const command of commands) {
      const build = buildCommandName(command);
      if (build && command.programWord) uses.push({ kind: "build", name: build, word: command.programWord, instruction: run });
      if (cleansUp) continue;
      for (const word of installedPackages(command)) {
        if (isToolchainPackage(packageName(word))) uses.push({ kind: "package", name: packageName(word), word, instruction: run });
      }
    }
  }
  return uses;
}

/** True when some stage is built only to copy or mount files from (it is needed, its layers do not ship). */
export function hasBuilderStage(model: DockerfileModel): boolean {
  return model.stages.some((stage) => stage.needed && !stage.ships);
}

/**
 * True when the shipped stages declare nothing a program image declares (`CMD`, `ENTRYPOINT`, `EXPOSE`,
 * `HEALTHCHECK`): a base or toolchain image (`golang`, a CI image), where build tools are the point.
 */
export function isToolImage(stages: readonly Stage[]): boolean {
  return !stages.some((stage) => stage.instructions.some((instruction) => RUNTIME_INSTRUCTIONS.has(instruction.keyword)));
}
const RUNTIME_INSTRUCTIONS = new Set(["CMD", "ENTRYPOINT", "EXPOSE", "HEALTHCHECK"]);

/** The stages whose layers are in the built image, in file order. */
export function shippedStages(model: DockerfileModel): Stage[] {
  return model.stages.filter((stage) => stage.ships);
}

/** Names for a message: `a`, `a and b`, `a, b and c`, each in backticks; past `limit`, "and N more". */
export function listNames(names: readonly string[], limit = 3): string {
  const unique = [...new Set(names)].map((name) => `\`${name}\``);
  const shown = unique.length > limit ? [...unique.slice(0, limit), `${unique.length - limit} more`] : unique;
  return shown.length <= 1 ? (shown[0] ?? "") : `${shown.slice(0, -1).join(", ")} and ${shown.at(-1)}`;
}
