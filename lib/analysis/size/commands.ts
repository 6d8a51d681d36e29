/**
 * The one place that reads RUN commands for the size estimator: it turns a RUN into facts (what was
 * installed with which manager and flags, what was deleted, downloaded, built). Every question is asked of
 * the engine's parsed commands (`runDetails`) and the option tables of `dockerfile/commands/specs.ts`.
 * Values are kept as written (variables unexpanded): the estimator resolves them in the instruction's scope.
 */
import { flatMapped } from "../arrays";
import { Command, isAptInstall, type CommandGuard, type CommandWord } from "../dockerfile/commands";
import { parseInstructionAlone, type DockerfileModel, type Instruction } from "../dockerfile/model";
import { runDetails } from "../dockerfile/run";
import type { Range } from "../types";
import { derived, DerivedKey } from "../derived";

export type PackageManager = "apt" | "apk" | "dnf" | "pip" | "npm" | "yarn" | "pnpm" | "gem" | "bundle" | "composer";

/**
 * `guards`: what must hold for the command to run, when it sits in an `if` body (the estimate evaluates them).
 * `mayNotRun`: a cleanup that runs only if the command before it fails (`install || rm …`): the estimate does not count
 * on what it frees. (In an `if` branch it counts, as the installs of the branch do.)
 */
export type CommandFact = { guards?: readonly CommandGuard[]; mayNotRun?: boolean } & (
  | {
      kind: "install";
      manager: PackageManager;
      /** Package names as written (version pins kept; the estimator strips them). */
      packages: string[];
      /** `pip install -r <file>` files. */
      requirementFiles: string[];
      /** pip: the package indexes named (`--index-url`, `--extra-index-url`), which may serve other builds of a package. */
      indexUrls?: string[];
      /** apt: `--no-install-recommends` (or `-o APT::Install-Recommends=false`). */
      noInstallRecommends: boolean;
      /** apk `--no-cache`, pip `--no-cache-dir`. */
      noCache: boolean;
      /** apk `--virtual <name>`: a group a later `apk del <name>` removes. */
      virtual?: string;
      /** npm/yarn/pnpm: dev dependencies left out (`--omit=dev`, `--production`). */
      omitDev: boolean;
      /** `-g`, or a pip `--prefix/--target/--user` destination. */
      global: boolean;
      target?: string;
      /** apt `install --update` refreshes the lists itself. */
      updatesLists: boolean;
      /** Inside an `if` or `case` branch, which may not run: the estimate counts it, and says so. */
      conditional?: boolean;
      /** A pip-compatible tool installing from its lockfile (`uv sync`, `poetry install`), and where it caches. */
      tool?: { name: string; cache: string };
      range: Range;
    }
  | { kind: "remove"; manager: PackageManager; packages: string[]; autoRemove: boolean; range: Range }
  | { kind: "update"; manager: PackageManager; range: Range }
  | { kind: "clean"; manager: PackageManager | "go"; what: "lists" | "cache"; range: Range }
  /** `apt-mark auto …`: the build-dependency pattern that a later `purge --auto-remove` completes. */
  | { kind: "mark-auto"; range: Range }
  /** `partial`: a `find … -delete` that removes only matching files under the path. */
  | { kind: "delete"; paths: CommandWord[]; partial: boolean; range: Range }
  /**
   * A shell variable set in the RUN (`url='https://…'`, `export X=1`). `branch`: set inside an `if` or `case`
   * body, where the first branch written (usually amd64) is the one kept.
   */
  | { kind: "assign"; name: string; value: string; branch: boolean; range: Range }
  | { kind: "download"; url: string; output?: string; pipedToShell: boolean; range: Range }
  /** `strips`: `--strip-components`, so the archive's top directory does not appear. */
  | { kind: "extract"; archive?: string; directory?: string; strips: boolean; range: Range }
  /** `static`: built with CGO_ENABLED=0 on the command (or a musl target), so it can run on scratch. */
  /** `selfContained`: a .NET publish that brings its own runtime. */
  | { kind: "build"; tool: "go" | "node-script" | "make-install" | "cargo" | "maven" | "gradle" | "dotnet"; output?: string; static: boolean; selfContained?: boolean; range: Range }
  /** Dependencies a build tool downloads into its cache (`mvn dependency:go-offline`, `go mod download`; builds do too). */
  | { kind: "fetch-dependencies"; tool: "maven" | "gradle" | "dotnet" | "go"; range: Range }
  /** PHP extensions compiled by `docker-php-ext-install` or `pecl install`. */
  | { kind: "php-extensions"; tool: "docker-php-ext-install" | "pecl"; extensions: string[]; range: Range }
  /** `git clone <url> [directory]`; `shallow`: `--depth`, without the history. */
  | { kind: "clone"; url: string; directory?: string; shallow: boolean; range: Range }
  | { kind: "move"; from: string; to: string; range: Range }
  /**
   * `chown`/`chgrp`/`chmod` of paths (`recursive`: with `-R`, everything under them): changing a file's owner or mode
   * writes the whole file again, into the layer that changes it.
   */
  | { kind: "rewrite"; command: string; paths: CommandWord[]; recursive: boolean; range: Range }
  | { kind: "venv"; path: string; range: Range });

export interface RunFacts {
  facts: CommandFact[];
  /** Targets of `--mount=type=cache`: what is written there never reaches the layer. */
  cacheMounts: string[];
  /** The stage's SHELL is not a POSIX shell (PowerShell, cmd): the commands could not be read. */
  unreadable: boolean;
}

type Install = Extract<CommandFact, { kind: "install" }>;

function install(manager: PackageManager, packages: string[], range: Range, extra: Partial<Install> = {}): Install {
  return {
    kind: "install", manager, packages, requirementFiles: [], noInstallRecommends: false, noCache: false,
    omitDev: false, global: false, updatesLists: false, range, ...extra,
  };
}

const valuesOf = (words: CommandWord[]) => words.map((word) => word.value);
const optionValue = (command: Command, name: string) => command.option(name)?.value?.value;
const URL = /^(https?|ftp):\/\//;
/** A URL held in a variable: `"$url"`, `${NODE_URL}`. */
const URL_VARIABLE = /^\$\{?\w*url\w*\}?$/i;
const ASSIGNMENT = /^([A-Za-z_][A-Za-z0-9_]*)=([\s\S]*)$/;
/** Builtins whose operands are assignments. */
const DECLARATIONS = new Set(["export", "readonly", "declare", "typeset", "local"]);

function aptFacts(command: Command): CommandFact[] {
  switch (command.subcommandName) {
    case "update":
      return [{ kind: "update", manager: "apt", range: command.range }];
    case "install":
      if (!isAptInstall(command)) return [];
      return [install("apt", valuesOf(command.operands), command.range, {
        noInstallRecommends: command.has("--no-install-recommends")
          || command.options.some((option) => option.name === "-o" && /^APT::Install-Recommends=(false|0)$/i.test(option.value?.value ?? "")),
        updatesLists: command.has("--update"),
      })];
    case "purge":
    case "remove":
    case "autoremove":
      return [{ kind: "remove", manager: "apt", packages: valuesOf(command.operands), autoRemove: command.subcommandName === "autoremove" || command.has("--auto-remove"), range: command.range }];
    case "dist-clean":
      return [{ kind: "clean", manager: "apt", what: "lists", range: command.range }];
    case "clean":
      return [{ kind: "clean", manager: "apt", what: "cache", range: command.range }];
    default:
      return [];
  }
}

function apkFacts(command: Command): CommandFact[] {
  const packages = valuesOf(command.operands);
  switch (command.subcommandName) {
    case "add":
      return [install("apk", packages, command.range, { noCache: command.has("--no-cache"), virtual: optionValue(command, "--virtual") })];
    case "del":
      return [{ kind: "remove", manager: "apk", packages, autoRemove: true, range: command.range }];
    case "update":
      return [{ kind: "update", manager: "apk", range: command.range }];
    case "cache":
      return packages[0] === "clean" ? [{ kind: "clean", manager: "apk", what: "cache", range: command.range }] : [];
    default:
      return [];
  }
}

function dnfFacts(command: Command): CommandFact[] {
  const packages = valuesOf(command.operands);
  switch (command.subcommandName) {
    case "install":
      return [install("dnf", packages, command.range)];
    case "remove":
      return [{ kind: "remove", manager: "dnf", packages, autoRemove: true, range: command.range }];
    case "clean":
      return [{ kind: "clean", manager: "dnf", what: "cache", range: command.range }];
    default:
      return [];
  }
}

/** `pip install …`, and `uv pip install …` whose first operand is pip's subcommand. */
function pipFacts(command: Command): CommandFact[] {
  const viaUv = command.program === "uv";
  const operands = valuesOf(command.operands);
  const verb = viaUv ? operands[0] : command.subcommandName;
  const rest = viaUv ? operands.slice(1) : operands;
  if (verb === "cache" && rest[0] === "purge") return [{ kind: "clean", manager: "pip", what: "cache", range: command.range }];
  if (verb !== "install") return [];
  const requirementFiles = command.options.filter((option) => option.name === "-r" && option.value).map((option) => option.value!.value);
  const target = optionValue(command, "--target") ?? optionValue(command, "--prefix") ?? optionValue(command, "--root")
    ?? (command.has("--user") ? "/root/.local" : undefined);
  return [install("pip", rest, command.range, {
    requirementFiles,
    noCache: command.has("--no-cache-dir") || (viaUv && command.has("--no-cache")),
    global: target !== undefined,
    target,
    indexUrls: command.options.filter((option) => (option.name === "--index-url" || option.name === "--extra-index-url") && option.value).map((option) => option.value!.value),
  })];
}

const NODE_INSTALLS: Record<"npm" | "yarn" | "pnpm", (string | undefined)[]> = {
  npm: ["install", "ci"],
  yarn: ["install", "add", undefined],
  pnpm: ["install", "add"],
};

function nodeFacts(manager: "npm" | "yarn" | "pnpm", command: Command): CommandFact[] {
  if (command.options.some((option) => /^(-v|--version|-h|--help)$/.test(option.written))) return [];
  const verb = command.subcommandName;
  const operands = valuesOf(command.operands);
  if (verb === "cache" || (verb === "store" && operands[0] === "prune")) return [{ kind: "clean", manager, what: "cache", range: command.range }];
  const script = verb === "run" ? operands[0] : verb === "build" || (manager !== "npm" && verb && /^(compile|dist)/.test(verb)) ? verb : undefined;
  if (verb === "run" || script) {
    return script && /build|compile|dist|bundle/.test(script) ? [{ kind: "build", tool: "node-script", static: false, range: command.range }] : [];
  }
  const yarnGlobal = manager === "yarn" && verb === "global";
  const installVerb = yarnGlobal ? operands[0] : verb;
  if (!NODE_INSTALLS[manager].includes(installVerb)) return [];
  const only = optionValue(command, "--only");
  const omitDev = optionValue(command, "--omit") === "dev" || command.has("--production") || command.has("--prod")
    || (manager === "pnpm" && command.has("-P")) || only === "prod" || only === "production";
  return [install(manager, yarnGlobal ? operands.slice(1) : operands, command.range, { omitDev, global: yarnGlobal || command.has("-g") })];
}

/** `curl`/`wget` of a URL (or of a variable named like one). */
function downloadFact(command: Command, pipedToShell: boolean): CommandFact | undefined {
  const candidates = [...valuesOf(command.operands), ...(command.program === "curl" ? [optionValue(command, "--url")] : [])];
  const url = candidates.find((value) => value !== undefined && (URL.test(value) || URL_VARIABLE.test(value)));
  if (!url) return undefined;
  const remoteName = url.split("/").pop();
  let output: string | undefined;
  if (command.program === "curl") {
    output = optionValue(command, "-o") ?? (command.has("-O") ? remoteName : undefined);
  } else {
    output = optionValue(command, "-O") ?? remoteName;
    if (output === "-") output = undefined;
  }
  return { kind: "download", url, output, pipedToShell, range: command.range };
}

function tarFact(command: Command): CommandFact | undefined {
  // Old style `tar xzf file`: the letters, without a dash, are the first argument; with `f` the archive follows.
  const letters = /^[A-Za-z]+$/.test(command.args[0]?.value ?? "") && command.operands[0] === command.args[0] ? command.args[0]!.value : undefined;
  const oldStyle = letters?.includes("x") ?? false;
  if (!oldStyle && !command.has("-x")) return undefined;
  const archive = optionValue(command, "-f") ?? (oldStyle && letters!.includes("f") ? command.operands[1]?.value : undefined);
  return { kind: "extract", archive, directory: optionValue(command, "-C"), strips: command.has("--strip-components"), range: command.range };
}

/** `NAME=value` words of a command that only assigns (`url=…`, `export A=1 B=2`). */
function assignmentFacts(command: Command): CommandFact[] {
  const words = command.program === undefined ? command.assignments
    : DECLARATIONS.has(command.program) ? command.args.filter((word) => !word.value.startsWith("-")) : [];
  const branch = command.context.includes("if-body") || command.context.includes("case");
  const facts: CommandFact[] = [];
  for (const word of words) {
    const match = ASSIGNMENT.exec(word.value);
    // The output of a command (`deps="$(scanelf …)"`) cannot be known: the variable stays unknown.
    if (match && !/\$\(|`/.test(match[2]!)) facts.push({ kind: "assign", name: match[1]!, value: match[2]!, branch, range: command.range });
  }
  return facts;
}

/** Goals and tasks that pack the project (a jar or war under target/ or build/). */
const PACKS = { maven: /^(package|install|verify|deploy|assembly:single|shade:shade|jar:jar|war:war|[\w.-]+:repackage)$/, gradle: /^(:?[\w-]+:)?(build|assemble|jar|war|bootJar|bootWar|shadowJar|installDist)$/ };

function jvmBuildFacts(tool: "maven" | "gradle", command: Command): CommandFact[] {
  const goals = valuesOf(command.operands);
  if (goals.some((goal) => PACKS[tool].test(goal))) return [{ kind: "build", tool, static: false, range: command.range }];
  // `mvn dependency:go-offline`, `gradle dependencies`: the cache alone.
  return goals.some((goal) => /^(dependency:(go-offline|resolve|resolve-plugins)|dependencies)$/.test(goal)) ? [{ kind: "fetch-dependencies", tool, range: command.range }] : [];
}

/** `dotnet publish`/`build` (into `-o`, or under the project), and `dotnet restore` (the NuGet cache alone). */
function dotnetFacts(command: Command): CommandFact[] {
  const verb = command.subcommandName;
  if (verb === "restore") return [{ kind: "fetch-dependencies", tool: "dotnet", range: command.range }];
  if (verb !== "publish" && verb !== "build") return [];
  // `--self-contained` may be followed by `true` or `false`; .NET 6 on no longer makes `-r` imply it.
  const flag = command.args.findIndex((word) => /^--(self-contained|sc)(=true)?$/.test(word.value));
  const selfContained = flag >= 0 && command.args[flag + 1]?.value !== "false" && !command.has("--no-self-contained");
  return [{ kind: "build", tool: "dotnet", output: optionValue(command, "--output"), static: false, selfContained: verb === "publish" && selfContained, range: command.range }];
}

const hasWord = (command: Command, test: (value: string) => boolean) =>
  command.words.some((word) => test(word.value)) || command.assignments.some((word) => test(word.value));

/** What a command does to the image; installs in an `if` or `case` branch are marked as such. */
function commandFacts(command: Command, next: Command | undefined): CommandFact[] {
  const facts = programFacts(command, next);
  if (command.context.includes("if-body") || command.context.includes("case")) {
    for (const fact of facts) if (fact.kind === "install") fact.conditional = true;
  }
  if (command.guards.length > 0) for (const fact of facts) fact.guards = command.guards;
  if (command.after === "||") for (const fact of facts) if (fact.kind === "delete" || fact.kind === "clean" || fact.kind === "remove") fact.mayNotRun = true;
  return facts;
}

function programFacts(command: Command, next: Command | undefined): CommandFact[] {
  const program = command.program;
  switch (program) {
    case undefined:
    case "export": case "readonly": case "declare": case "typeset": case "local":
      return assignmentFacts(command);
    case "apt-get": case "apt": case "aptitude":
      return aptFacts(command);
    case "apt-mark":
      return command.is("apt-mark", "auto") ? [{ kind: "mark-auto", range: command.range }] : [];
    case "apk":
      return apkFacts(command);
    case "dnf": case "yum": case "microdnf": case "tdnf":
      return dnfFacts(command);
    case "pip":
      return pipFacts(command);
    case "uv":
      // `uv sync` installs the project's locked dependencies into its virtualenv.
      if (command.is("uv", "sync")) {
        return [install("pip", [], command.range, { requirementFiles: ["uv.lock"], noCache: command.has("--no-cache"), tool: { name: "uv sync", cache: "/root/.cache/uv" } })];
      }
      return command.is("uv", "pip") ? pipFacts(command) : [];
    case "poetry": case "pipenv": {
      if (command.args[0]?.value !== "install") return [];
      const tool = program === "poetry" ? { name: "poetry install", cache: "/root/.cache/pypoetry", lockfile: "poetry.lock" } : { name: "pipenv install", cache: "/root/.cache/pipenv", lockfile: "Pipfile.lock" };
      return [install("pip", [], command.range, { requirementFiles: [tool.lockfile], tool: { name: tool.name, cache: tool.cache } })];
    }
    case "npm": case "yarn": case "pnpm":
      return nodeFacts(program, command);
    case "gem":
      return command.is("gem", "install") ? [install("gem", valuesOf(command.operands), command.range)] : [];
    case "composer": {
      // `install`/`update` the lockfile's packages, `require` named ones (and the lockfile's, updated).
      const verb = command.subcommandName;
      if (verb !== "install" && verb !== "update" && verb !== "require") return [];
      if (command.has("--dry-run") || command.has("--no-install") || command.has("--no-update")) return [];
      return [install("composer", verb === "require" ? valuesOf(command.operands) : [], command.range, {
        omitDev: command.has("--no-dev") || command.has("--update-no-dev"),
        noCache: command.has("--no-cache"),
        target: optionValue(command, "--working-dir"),
      })];
    }
    case "bundle":
      return command.subcommand === undefined || command.is("bundle", "install") ? [install("bundle", [], command.range)] : [];
    case "dotnet":
      return dotnetFacts(command);
    case "go":
      if (command.is("go", "clean")) return [{ kind: "clean", manager: "go", what: "cache", range: command.range }];
      if (command.is("go", "mod") && command.operands[0]?.value === "download") return [{ kind: "fetch-dependencies", tool: "go", range: command.range }];
      if (!command.is("go", "build") && !command.is("go", "install")) return [];
      return [{ kind: "build", tool: "go", output: optionValue(command, "-o"), static: hasWord(command, (value) => value === "CGO_ENABLED=0"), range: command.range }];
    case "cargo":
      if (!command.is("cargo", "build") && !command.is("cargo", "install")) return [];
      return [{ kind: "build", tool: "cargo", static: hasWord(command, (value) => value.includes("musl")), range: command.range }];
    case "mvn": case "mvnw": case "gradle": case "gradlew":
      return jvmBuildFacts(program.startsWith("mvn") ? "maven" : "gradle", command);
    case "docker-php-ext-install":
      return [{ kind: "php-extensions", tool: program, extensions: valuesOf(command.operands), range: command.range }];
    case "pecl":
      return command.is("pecl", "install") ? [{ kind: "php-extensions", tool: program, extensions: valuesOf(command.operands), range: command.range }] : [];
    case "git": {
      if (!command.is("git", "clone")) return [];
      const [url, directory] = valuesOf(command.operands);
      return url ? [{ kind: "clone", url, directory, shallow: command.has("--depth"), range: command.range }] : [];
    }
    case "make":
      return command.operands.some((word) => word.value === "install") ? [{ kind: "build", tool: "make-install", static: false, range: command.range }] : [];
    case "curl": case "wget": {
      // Inside `$(…)` the download is read as text (a version number, a checksum), not saved.
      if (command.context.includes("substitution")) return [];
      const piped = next?.after === "|" && (next.program === "sh" || next.program === "bash");
      const fact = downloadFact(command, piped);
      return fact ? [fact] : [];
    }
    case "tar": {
      const fact = tarFact(command);
      return fact ? [fact] : [];
    }
    case "rm":
      return command.operands.length > 0 ? [{ kind: "delete", paths: command.operands, partial: false, range: command.range }] : [];
    case "find": {
      // `find <root> … -delete` or `-exec rm …`: only the matching files under the root go.
      const root = command.args[0];
      const args = valuesOf(command.args);
      const deletes = args.includes("-delete") || args.some((value, i) => value === "-exec" && /(^|\/)rm$/.test(args[i + 1] ?? ""));
      return root && !root.value.startsWith("-") && deletes ? [{ kind: "delete", paths: [root], partial: true, range: command.range }] : [];
    }
    case "chown": case "chgrp": case "chmod": {
      // The owner or mode comes first, unless another file's is copied (`--reference=<file>`).
      const paths = command.has("--reference") ? command.operands : command.operands.slice(1);
      const recursive = command.has("--recursive");
      return paths.length > 0 ? [{ kind: "rewrite", command: `${program}${recursive ? " -R" : ""}`, paths, recursive, range: command.range }] : [];
    }
    case "mv": {
      const [from, to, ...more] = valuesOf(command.operands);
      return from !== undefined && to !== undefined && more.length === 0 ? [{ kind: "move", from, to, range: command.range }] : [];
    }
    case "venv": case "virtualenv": {
      const path = command.operands[0]?.value;
      return path ? [{ kind: "venv", path, range: command.range }] : [];
    }
    default:
      return [];
  }
}

const RUN_FACTS = new DerivedKey<RunFacts>("RUN size facts");

/** Reads the facts of one RUN instruction (once per instruction object). Never throws. */
export function runFacts(model: DockerfileModel, run: Instruction): RunFacts {
  return derived(run, RUN_FACTS, () => readRunFacts(model, run));
}

function readRunFacts(model: DockerfileModel, run: Instruction): RunFacts {
  const details = runDetails(model, run);
  const cacheMounts = details.mounts.filter((mount) => mount.type === "cache" && mount.target).map((mount) => mount.target!);
  return { facts: flatMapped(factsByCommand(model, run), (facts) => facts), cacheMounts, unreadable: !details.posix };
}

const FACTS_BY_COMMAND = new DerivedKey<CommandFact[][]>("RUN size facts by command");

/** The facts of each command of `runDetails`, in order. */
function factsByCommand(model: DockerfileModel, run: Instruction): CommandFact[][] {
  return derived(run, FACTS_BY_COMMAND, () => {
    const commands = runDetails(model, run).commands;
    return commands.map((command, i) => commandFacts(command, commands[i + 1]));
  });
}

/**
 * The facts of `run` if some of its commands read other texts (`edited`, by command): only those texts are parsed
 * (each as a RUN of its own), and the commands they read as take the place and the context (`if` body, `case`…)
 * of the one they replace. A fix's edit inside a command of a long RUN then costs a parse of that command, not of
 * the whole script; so does a cleanup appended to its script (`appended`, see `appendedCommands`). Undefined when more
 * than the commands could change: one is piped, inside `sh -c` or a heredoc, or a text does not read as simple commands
 * on continued lines.
 */
export function runFactsWithCommands(model: DockerfileModel, run: Instruction, edited: ReadonlyMap<Command, string>, appended?: string): RunFacts | undefined {
  const replaced = commandsInPlace(model, run, edited);
  const added = appended === undefined ? [] : appendedCommands(model, run, appended);
  if (!replaced || !added) return undefined;
  const { commands } = runDetails(model, run);
  const byCommand = factsByCommand(model, run);
  const facts: CommandFact[] = [];
  commands.forEach((command, index) => {
    const read = replaced.get(command);
    if (!read) {
      facts.push(...byCommand[index]!);
      return;
    }
    const following = commands[index + 1] && (replaced.get(commands[index + 1]!)?.[0] ?? commands[index + 1]);
    read.forEach((replacing, i) => facts.push(...commandFacts(replacing, read[i + 1] ?? following)));
  });
  added.forEach((command, i) => facts.push(...commandFacts(command, added[i + 1])));
  const { cacheMounts, unreadable } = runFacts(model, run);
  return { facts, cacheMounts, unreadable };
}

/**
 * The commands of `text` appended to the script of `run` as a fix appends them (` && rm -rf /tmp/pear`): they run at
 * the top level, after everything else. Undefined when the text does not start with `&&` or `;` and read as simple
 * commands, or the RUN's script does not parse (the text would follow the error).
 */
function appendedCommands(model: DockerfileModel, run: Instruction, text: string): Command[] | undefined {
  const details = runDetails(model, run);
  const operator = /^\s*(&&|;)\s*/.exec(text);
  if (!details.posix || details.shellErrors.length > 0 || !operator || text.includes("\n")) return undefined;
  const alone = parseInstructionAlone(`RUN ${text.slice(operator[0].length)}`);
  if (alone?.instruction.keyword !== "RUN" || alone.instruction.form !== "shell") return undefined;
  const appended = runDetails(alone.model, alone.instruction);
  if (appended.shellErrors.length > 0 || appended.commands.some((command) => command.origin !== "run" || command.context.length > 0)) return undefined;
  return appended.commands;
}

/** The commands each edited text reads as, in place of the command it edits; undefined when one cannot be read so. */
function commandsInPlace(model: DockerfileModel, run: Instruction, edited: ReadonlyMap<Command, string>): Map<Command, Command[]> | undefined {
  if (run.heredocs.length > 0 || model.escape !== "\\") return undefined;
  const { commands } = runDetails(model, run);
  const piped = (candidate: Command | undefined) => candidate?.after === "|";
  const replaced = new Map<Command, Command[]>();
  for (const [command, text] of edited) {
    const index = commands.indexOf(command);
    const next = commands[index + 1];
    if (index < 0 || command.origin !== "run" || piped(command) || piped(next) || (next && next.start < command.end)) return undefined;
    const read = readInPlace(run, command, text);
    if (!read) return undefined;
    replaced.set(command, read);
  }
  return replaced;
}

const READ_IN_PLACE = new DerivedKey<Map<string, Command[] | undefined>>("edited RUN commands read alone");

/** `readAlone`, once per command and text of a RUN: a fix's edit is read for its impact and again for the comparisons. */
function readInPlace(run: Instruction, command: Command, text: string): Command[] | undefined {
  const cache = derived(run, READ_IN_PLACE, () => new Map());
  const key = `${command.start}\u0000${text}`;
  if (!cache.has(key)) cache.set(key, readAlone(command, text));
  return cache.get(key);
}

/** The commands `text` reads as, in the place of `command` (see `runFactsWithCommands`). */
function readAlone(command: Command, text: string): Command[] | undefined {
  if (/(^|[^\\])\n/.test(text)) return undefined;
  const alone = parseInstructionAlone(`RUN ${text}`);
  if (alone?.instruction.keyword !== "RUN" || alone.instruction.form !== "shell") return undefined;
  const details = runDetails(alone.model, alone.instruction);
  if (details.shellErrors.length > 0 || details.commands.some((candidate) => candidate.origin !== "run")) return undefined;
  return details.commands.map((read, i) => new Command(
    read.words, read.assignments, read.redirects, i === 0 ? command.after : read.after, [...command.context, ...read.context], "run", read.start, read.end, alone.model.lines,
    [...command.guards, ...read.guards],
  ));
}
