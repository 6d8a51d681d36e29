/**
 * The one place that reads RUN commands for the size estimator: it turns a RUN into facts (what was
 * installed with which manager and flags, what was deleted, downloaded, built). It reads the naive word
 * split of `dockerfile/words.ts`; when the engine's shell model lands, only this module changes.
 */
import type { Instruction, Run } from "dockerfile-ast";
import { programWords, simpleCommands, type Word } from "../dockerfile/words";
import type { Range } from "../types";

export type PackageManager = "apt" | "apk" | "dnf" | "pip" | "npm" | "yarn" | "pnpm" | "gem" | "bundle";

export type CommandFact =
  | {
      kind: "install";
      manager: PackageManager;
      /** Package names as written (version pins kept; the estimator strips them). */
      packages: string[];
      /** `pip install -r <file>` files. */
      requirementFiles: string[];
      /** apt: `--no-install-recommends`. */
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
      range: Range;
    }
  | { kind: "remove"; manager: PackageManager; packages: string[]; autoRemove: boolean; range: Range }
  | { kind: "update"; manager: PackageManager; range: Range }
  | { kind: "clean"; manager: PackageManager | "go"; what: "lists" | "cache"; range: Range }
  /** `apt-mark auto …`: the build-dependency pattern that a later `purge --auto-remove` completes. */
  | { kind: "mark-auto"; range: Range }
  /** `partial`: a `find … -delete` that removes only matching files under the path. */
  | { kind: "delete"; paths: Word[]; partial: boolean; range: Range }
  /** A shell variable set in the RUN (`url='https://…'`), first assignment kept (the amd64 branch comes first). */
  | { kind: "assign"; name: string; value: string; range: Range }
  | { kind: "download"; url: string; output?: string; pipedToShell: boolean; range: Range }
  /** `strips`: `--strip-components`, so the archive's top directory does not appear. */
  | { kind: "extract"; archive?: string; directory?: string; strips: boolean; range: Range }
  /** `static`: built with CGO_ENABLED=0 (or a musl target), so it can run on scratch. */
  | { kind: "build"; tool: "go" | "node-script" | "make-install" | "cargo"; output?: string; static: boolean; range: Range }
  | { kind: "move"; from: string; to: string; range: Range }
  | { kind: "venv"; path: string; range: Range };

export interface RunFacts {
  facts: CommandFact[];
  /** Targets of `--mount=type=cache`: what is written there never reaches the layer. */
  cacheMounts: string[];
  /** Exec form or heredoc: the commands could not be read. */
  unreadable: boolean;
}

/** Strips the quotes a word is written with: `"$x"` → `$x`. */
export function unquote(value: string): string {
  return value.replace(/^(["'])(.*)\1$/s, "$2").replace(/^["']|["']$/g, "");
}

const SHELL_KEYWORDS = new Set(["do", "then", "else", "{", "(", "!", "time", "exec", "command", "xargs", "-r", "-rt", "env"]);

/** The program word and its arguments, past shell keywords and wrappers (`do { sudo apt-get …`). */
function commandWords(words: Word[]): string[] {
  const values = programWords({ words, range: words[0]!.range }).map((word) => unquote(word.value));
  let start = 0;
  while (start < values.length && (SHELL_KEYWORDS.has(values[start]!) || /^[A-Za-z_][A-Za-z0-9_]*=/.test(values[start]!))) start++;
  return values.slice(start);
}

function cacheMountTargets(run: Instruction): string[] {
  const flags = (run as Run).getFlags?.() ?? [];
  return flags
    .filter((flag) => flag.getName() === "mount" && /(^|,)type=cache(,|$)/.test(flag.getValue() ?? ""))
    .map((flag) => /(?:^|,)(?:target|dst|destination)=([^,]+)/.exec(flag.getValue() ?? "")?.[1] ?? "")
    .filter(Boolean);
}

const isFlag = (word: string) => word.startsWith("-");

/** Arguments that are not flags, skipping the value of flags that take one. */
function operands(args: string[], flagsWithValue: ReadonlySet<string>): string[] {
  const result: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (isFlag(arg)) {
      if (flagsWithValue.has(arg)) i++;
      continue;
    }
    result.push(arg);
  }
  return result;
}

function valueOf(args: string[], names: string[]): string | undefined {
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    for (const name of names) {
      if (arg === name) return args[i + 1];
      if (name.startsWith("--") && arg.startsWith(`${name}=`)) return arg.slice(name.length + 1);
    }
  }
  return undefined;
}

function install(manager: PackageManager, packages: string[], range: Range, extra: Partial<Extract<CommandFact, { kind: "install" }>> = {}): CommandFact {
  return {
    kind: "install", manager, packages, requirementFiles: [], noInstallRecommends: false, noCache: false,
    omitDev: false, global: false, updatesLists: false, range, ...extra,
  };
}

const APT_VALUE_FLAGS = new Set(["-o", "-t", "--target-release", "-c"]);

function aptFacts(args: string[], range: Range): CommandFact[] {
  const verbIndex = args.findIndex((arg, i) => !isFlag(arg) && !APT_VALUE_FLAGS.has(args[i - 1] ?? ""));
  const verb = args[verbIndex];
  const rest = args.slice(verbIndex + 1);
  const all = [...args.slice(0, verbIndex), ...rest];
  switch (verb) {
    case "update":
      return [{ kind: "update", manager: "apt", range }];
    case "install":
      return [install("apt", operands(rest, APT_VALUE_FLAGS), range, {
        noInstallRecommends: all.includes("--no-install-recommends") || all.some((a) => /APT::Install-Recommends=(false|0)/i.test(a)),
        updatesLists: all.includes("--update"),
      })];
    case "purge":
    case "remove":
    case "autoremove":
      return [{ kind: "remove", manager: "apt", packages: operands(rest, APT_VALUE_FLAGS), autoRemove: verb === "autoremove" || all.includes("--auto-remove") || all.includes("--autoremove"), range }];
    case "dist-clean":
      return [{ kind: "clean", manager: "apt", what: "lists", range }];
    case "clean":
      return [{ kind: "clean", manager: "apt", what: "cache", range }];
    default:
      return [];
  }
}

function apkFacts(args: string[], range: Range): CommandFact[] {
  const valueFlags = new Set(["-t", "--virtual", "-X", "--repository", "--root", "-p"]);
  const verb = args.find((arg, i) => !isFlag(arg) && !valueFlags.has(args[i - 1] ?? ""));
  const rest = operands(args, valueFlags).filter((arg) => arg !== verb);
  if (verb === "add") {
    return [install("apk", rest, range, { noCache: args.includes("--no-cache"), virtual: valueOf(args, ["--virtual", "-t"]) })];
  }
  if (verb === "del") return [{ kind: "remove", manager: "apk", packages: rest, autoRemove: true, range }];
  if (verb === "update") return [{ kind: "update", manager: "apk", range }];
  if (verb === "cache" && rest[0] === "clean") return [{ kind: "clean", manager: "apk", what: "cache", range }];
  return [];
}

function dnfFacts(args: string[], range: Range): CommandFact[] {
  const valueFlags = new Set(["--setopt", "--enablerepo", "--disablerepo", "--installroot", "--releasever"]);
  const positional = operands(args, valueFlags);
  const verb = positional[0];
  if (verb === "install") return [install("dnf", positional.slice(1), range)];
  if (verb === "remove" || verb === "erase") return [{ kind: "remove", manager: "dnf", packages: positional.slice(1), autoRemove: true, range }];
  if (verb === "clean") return [{ kind: "clean", manager: "dnf", what: "cache", range }];
  return [];
}

function pipFacts(args: string[], range: Range): CommandFact[] {
  const valueFlags = new Set(["-r", "--requirement", "-c", "--constraint", "-i", "--index-url", "--extra-index-url", "-t", "--target", "--prefix", "-f", "--find-links", "--root"]);
  const positional = operands(args, valueFlags);
  if (positional[0] === "cache" && positional[1] === "purge") return [{ kind: "clean", manager: "pip", what: "cache", range }];
  if (positional[0] !== "install") return [];
  const requirementFiles: string[] = [];
  args.forEach((arg, i) => {
    if (arg === "-r" || arg === "--requirement") requirementFiles.push(args[i + 1] ?? "");
    else if (arg.startsWith("--requirement=")) requirementFiles.push(arg.slice(14));
    else if (/^-r\S/.test(arg)) requirementFiles.push(arg.slice(2));
  });
  const target = valueOf(args, ["--target", "-t", "--prefix", "--root"]) ?? (args.includes("--user") ? "/root/.local" : undefined);
  return [install("pip", positional.slice(1), range, {
    requirementFiles: requirementFiles.filter(Boolean),
    noCache: args.includes("--no-cache-dir"),
    global: target !== undefined,
    target,
  })];
}

function nodeFacts(manager: "npm" | "yarn" | "pnpm", args: string[], range: Range): CommandFact[] {
  const positional = operands(args, new Set(["--prefix", "--registry", "--cache", "-C"]));
  const verb = positional[0];
  if (args.some((arg) => /^(-v|--version|-h|--help)$/.test(arg))) return [];
  const omitDev = args.some((arg) => /^--(omit=dev|production|prod|only=prod(uction)?)$/.test(arg) || arg === "-P");
  const global = args.includes("-g") || args.includes("--global") || positional[0] === "global";
  if (verb === "cache" || (verb === "store" && positional[1] === "prune")) return [{ kind: "clean", manager, what: "cache", range }];
  if (verb === "run" || verb === "build" || (manager !== "npm" && verb !== undefined && /^(build|compile|dist)/.test(verb))) {
    const script = verb === "run" ? positional[1] : verb;
    return script && /build|compile|dist|bundle/.test(script) ? [{ kind: "build", tool: "node-script", static: false, range }] : [];
  }
  const installs = manager === "npm" ? ["install", "i", "ci", "add"] : manager === "yarn" ? ["install", "add", undefined] : ["install", "i", "add"];
  const effectiveVerb = global && manager === "yarn" ? positional[1] : verb;
  if (!installs.includes(effectiveVerb)) return [];
  const packages = positional.slice(global && manager === "yarn" ? 2 : 1);
  return [install(manager, packages, range, { omitDev, global })];
}

function gemFacts(program: "gem" | "bundle", args: string[], range: Range): CommandFact[] {
  const positional = operands(args, new Set(["-v", "--version", "-i", "--install-dir", "--jobs", "-j", "--path"]));
  if (program === "gem" && positional[0] === "install") return [install("gem", positional.slice(1), range)];
  if (program === "bundle" && (positional[0] === "install" || positional[0] === undefined)) return [install("bundle", [], range)];
  return [];
}

function downloadFact(program: string, args: string[], range: Range, pipedToShell: boolean): CommandFact | undefined {
  const url = args.find((arg) => /^(https?|ftp):\/\//.test(arg) || /^\$\{?\w+\}?$/.test(arg) && /URL/i.test(arg));
  if (!url) return undefined;
  let output: string | undefined;
  // The output flag may close a bundle of short flags: `-fsSLo file`, `-qO file`.
  const bundled = (letter: string) => {
    const at = args.findIndex((arg) => new RegExp(`^-[a-zA-Z]*${letter}$`).test(arg));
    return at >= 0 ? args[at + 1] : undefined;
  };
  if (program === "curl") {
    output = valueOf(args, ["--output"]) ?? bundled("o");
    if (!output && args.some((arg) => /^-[a-zA-Z]*O[a-zA-Z]*$/.test(arg) || arg === "--remote-name")) output = url.split("/").pop();
  } else {
    output = valueOf(args, ["--output-document"]) ?? bundled("O");
    if (output === "-") output = undefined;
    else if (!output && !args.includes("-qO-") && !args.includes("-O-")) output = url.split("/").pop();
  }
  return { kind: "download", url, output, pipedToShell, range };
}

function tarFact(args: string[], range: Range): CommandFact | undefined {
  // Old style `tar xzf file` bundles its flags, without a dash, in the first argument.
  const oldStyle = /^[a-zA-Z]+$/.test(args[0] ?? "") && args[0]!.includes("x");
  const extracting = oldStyle || args.some((arg) => arg === "--extract" || arg === "--get" || /^-[a-zA-Z]*x[a-zA-Z]*$/.test(arg));
  if (!extracting) return undefined;
  // A flag cluster ending in f (`-xJf`, `-f`, `xzf`) takes the archive as the next argument.
  const fileFlag = args.findIndex((arg, i) => /^-[a-zA-Z]*f$/.test(arg) || (i === 0 && oldStyle && arg.endsWith("f")));
  const archive = valueOf(args, ["--file"]) ?? (fileFlag >= 0 ? args[fileFlag + 1] : undefined);
  return { kind: "extract", archive, directory: valueOf(args, ["-C", "--directory"]), strips: args.some((arg) => arg.startsWith("--strip-components")), range };
}

const ASSIGNMENT = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/;

/**
 * Shell variables set by a command made only of assignments (`url='https://…'`, `export X=1`, also after a
 * `case` pattern such as `amd64)`). Assignments before a program only set its environment: not kept.
 */
function assignments(words: Word[], range: Range): CommandFact[] {
  const values = words.map((word) => word.value);
  let start = 0;
  while (start < values.length && (SHELL_KEYWORDS.has(values[start]!) || values[start] === "export" || /\)$/.test(values[start]!))) start++;
  const rest = values.slice(start);
  if (rest.length === 0 || !rest.every((value) => ASSIGNMENT.test(value))) return [];
  return rest.map((value) => {
    const [, name, assigned] = ASSIGNMENT.exec(value)!;
    return { kind: "assign" as const, name: name!, value: unquote(assigned!), range };
  });
}

const factsCache = new WeakMap<Instruction, RunFacts>();

/** Reads the facts of one RUN instruction (once per instruction object). Never throws. */
export function runFacts(run: Instruction): RunFacts {
  let facts = factsCache.get(run);
  if (!facts) {
    facts = readRunFacts(run);
    factsCache.set(run, facts);
  }
  return facts;
}

function readRunFacts(run: Instruction): RunFacts {
  // Argument values, not getArgumentsContent(): dockerfile-ast rebuilds that text slowly on every call.
  const values = run.getArguments().map((argument) => argument.getValue());
  const content = values.join(" ");
  const cacheMounts = cacheMountTargets(run);
  if (values[0]?.startsWith("[") || values.some((value) => /^<<-?["']?[A-Za-z_]/.test(value))) return { facts: [], cacheMounts, unreadable: true };
  const facts: CommandFact[] = [];
  const commands = simpleCommands(run);
  const wordsOf = commands.map((command) => commandWords(command.words));
  for (let c = 0; c < commands.length; c++) {
    const command = commands[c]!;
    const words = wordsOf[c]!;
    const range = command.range;
    facts.push(...assignments(command.words, range));
    let program = words[0]?.replace(/^.*\//, "");
    let args = words.slice(1);
    if (!program) continue;
    // `python -m pip …`, `uv pip …`: the module is the program.
    if (/^python[0-9.]*$/.test(program) && args[0] === "-m") {
      if (args[1] === "venv" || args[1] === "virtualenv") {
        const path = operands(args.slice(2), new Set())[0];
        if (path) facts.push({ kind: "venv", path, range });
        continue;
      }
      program = args[1] ?? "";
      args = args.slice(2);
    }
    if (program === "uv" && args[0] === "pip") {
      program = "pip";
      args = args.slice(1);
    }
    if (program === "virtualenv") {
      const path = operands(args, new Set())[0];
      if (path) facts.push({ kind: "venv", path, range });
      continue;
    }
    const next = wordsOf[c + 1]?.[0];
    switch (true) {
      case program === "apt-get" || program === "apt" || program === "aptitude":
        facts.push(...aptFacts(args, range));
        break;
      case program === "apt-mark" && args[0] === "auto":
        facts.push({ kind: "mark-auto", range });
        break;
      case program === "apk":
        facts.push(...apkFacts(args, range));
        break;
      case ["dnf", "yum", "microdnf", "tdnf"].includes(program):
        facts.push(...dnfFacts(args, range));
        break;
      case /^pip[0-9.]*$/.test(program):
        facts.push(...pipFacts(args, range));
        break;
      case program === "npm" || program === "yarn" || program === "pnpm":
        facts.push(...nodeFacts(program as "npm" | "yarn" | "pnpm", args, range));
        break;
      case program === "gem" || program === "bundle":
        facts.push(...gemFacts(program as "gem" | "bundle", args, range));
        break;
      case program === "go" && (args[0] === "build" || args[0] === "install"):
        facts.push({ kind: "build", tool: "go", output: valueOf(args, ["-o"]), static: /\bCGO_ENABLED=0\b/.test(content), range });
        break;
      case program === "go" && args[0] === "clean":
        facts.push({ kind: "clean", manager: "go", what: "cache", range });
        break;
      case program === "cargo" && (args[0] === "build" || args[0] === "install"):
        facts.push({ kind: "build", tool: "cargo", static: /musl/.test(content), range });
        break;
      case program === "make" && args.includes("install"):
        facts.push({ kind: "build", tool: "make-install", static: false, range });
        break;
      case program === "curl" || program === "wget": {
        const fact = downloadFact(program, args, range, next === "sh" || next === "bash");
        if (fact) facts.push(fact);
        break;
      }
      case program === "tar": {
        const fact = tarFact(args, range);
        if (fact) facts.push(fact);
        break;
      }
      case program === "rm": {
        const paths = programWords(command).slice(1).filter((word) => !isFlag(word.value));
        if (paths.length > 0) facts.push({ kind: "delete", paths, partial: false, range });
        break;
      }
      case program === "find" && /-delete|-exec rm/.test(args.join(" ")): {
        const root = programWords(command)[1];
        if (root && !isFlag(root.value)) facts.push({ kind: "delete", paths: [root], partial: true, range });
        break;
      }
      case program === "mv" && operands(args, new Set()).length === 2: {
        const [from, to] = operands(args, new Set());
        facts.push({ kind: "move", from: from!, to: to!, range });
        break;
      }
    }
  }
  return { facts, cacheMounts, unreadable: false };
}
