import { parseShell, type ShellCommand, type ShellWord } from "../shell/parser";
import type { Range } from "../types";
import { basename, Command, commandGuards, CommandWord, commandWord, SHELLS, type CommandOrigin } from "./commands";
import type { DockerfileModel, Instruction } from "./model";
import type { Flag, Heredoc } from "./syntax";
import { derived, DerivedKey } from "../derived";

/** A `RUN --mount=…` flag, its comma-separated options split. */
export interface Mount {
  flag: Flag;
  /** `bind` (the default), `cache`, `tmpfs`, `secret` or `ssh`. */
  type: string;
  /** Every `key=value` of the flag (a bare key such as `readonly` has the value `"true"`). */
  options: Record<string, string>;
  target: string | undefined;
}

export interface ShellError {
  message: string;
  range: Range;
}

/** What a RUN does, read from its flags and its script. */
export interface RunDetails {
  mounts: Mount[];
  /** `--network` value, if given. */
  network: string | undefined;
  /** `--security` value, if given. */
  security: string | undefined;
  /** False when the stage's SHELL is not a POSIX shell (PowerShell, cmd): then `commands` is empty. */
  posix: boolean;
  /**
   * Every simple command, in file order: those of the RUN line, of `sh -c "…"` strings, and of heredoc bodies
   * run by a shell. Empty for a non-POSIX SHELL.
   */
  commands: Command[];
  /** Shell syntax errors (at most one per script parsed). */
  shellErrors: ShellError[];
}

const RUN_DETAILS = new DerivedKey<RunDetails>("RUN details");
const NON_POSIX_SHELL = /^(pwsh|powershell|cmd)(\.exe)?$/i;

/** Whether the instruction's shell (the stage's SHELL, else `/bin/sh -c`) is a POSIX shell, not PowerShell or cmd. */
export function hasPosixShell(instruction: Instruction): boolean {
  const shell = instruction.state.shell.value ?? ["/bin/sh", "-c"];
  return !NON_POSIX_SHELL.test(basename((shell[0] ?? "").replace(/\\/g, "/")));
}

/** The details of a RUN instruction, computed once. */
export function runDetails(model: DockerfileModel, run: Instruction): RunDetails {
  return derived(run, RUN_DETAILS, () => computeDetails(model, run));
}

/** Shortcut: the commands of a RUN (none for other instructions). */
export function commandsOf(model: DockerfileModel, instruction: Instruction): Command[] {
  return instruction.keyword === "RUN" ? runDetails(model, instruction).commands : [];
}

function parseMount(flag: Flag): Mount {
  const options: Record<string, string> = {};
  for (const part of (flag.value?.value ?? "").split(",")) {
    if (!part) continue;
    const equals = part.indexOf("=");
    options[(equals < 0 ? part : part.slice(0, equals)).toLowerCase()] = equals < 0 ? "true" : part.slice(equals + 1);
  }
  return { flag, type: options.type ?? "bind", options, target: options.target ?? options.dst ?? options.destination };
}

function computeDetails(model: DockerfileModel, run: Instruction): RunDetails {
  const flagValue = (name: string) => run.flags.find((flag) => flag.name === name)?.value?.value;
  const posix = hasPosixShell(run);
  const result: RunDetails = {
    mounts: run.flags.filter((flag) => flag.name === "mount").map(parseMount),
    network: flagValue("network"),
    security: flagValue("security"),
    posix,
    commands: [],
    shellErrors: [],
  };
  const collector = new Collector(model, run, result);
  if (run.form === "exec") {
    const words = run.args.map((word) => new CommandWord(word.start, word.end, word.raw, word.value, true, model.lines));
    if (words.length > 0) collector.addWords(words, "exec", run.args, undefined, jsonOffsets);
  } else if (posix) {
    const toFile = (offset: number) => run.map.toFile(run.argsOffset + offset);
    const endToFile = (offset: number) => run.map.endToFile(run.argsOffset + offset);
    const script = parseShell(run.argsText, {
      toFile, endToFile, heredocBodies: run.heredocs.map((heredoc) => ({ body: heredoc.body, bodyStart: heredoc.bodySpan.start })),
    });
    collector.addScript(script.commands, script.error, "run", toFile);
    // `RUN <<EOF` alone: the body is the script, run by the shell unless it starts with another interpreter's `#!`.
    const onlyHeredocs = script.commands.length > 0 && script.commands.every((command) => command.words.length === 0 && command.assignments.length === 0);
    if (onlyHeredocs) for (const heredoc of run.heredocs) collector.addHeredoc(heredoc);
  }
  result.commands.sort((a, b) => a.start - b.start);
  // `sh -c "$(curl …)"`: the outer script and the `-c` script both find the commands of a double-quoted substitution.
  result.commands = result.commands.filter((command, index, all) =>
    !(command.origin === "sh-c" && all.some((other) => other !== command && other.origin !== "sh-c" && other.start === command.start && other.end === command.end)));
  return result;
}

/** JSON strings: the value starts one character after the opening quote; escapes are rare enough to map 1:1. */
function jsonOffsets(raw: string): number[] | undefined {
  return raw.includes("\\") ? undefined : Array.from({ length: raw.length - 1 }, (_, i) => i + 1);
}

/**
 * For each character of a shell word's value, its index in the raw word (plus one entry for the end), following
 * the same quote removal as the parser. Undefined when the word has no plain mapping.
 */
function shellOffsets(raw: string): number[] | undefined {
  const offsets: number[] = [];
  let i = 0;
  while (i < raw.length) {
    const ch = raw[i]!;
    if (ch === "'") {
      const close = raw.indexOf("'", i + 1);
      if (close < 0) return undefined;
      for (let k = i + 1; k < close; k++) offsets.push(k);
      i = close + 1;
    } else if (ch === '"') {
      i++;
      while (i < raw.length && raw[i] !== '"') {
        if (raw[i] === "\\" && '"\\$`'.includes(raw[i + 1] ?? "")) i++;
        offsets.push(i++);
      }
      i++;
    } else if (ch === "\\") {
      offsets.push(i + 1);
      i += 2;
    } else {
      offsets.push(i++);
    }
  }
  offsets.push(raw.length);
  return offsets;
}

class Collector {
  constructor(private readonly model: DockerfileModel, private readonly run: Instruction, private readonly result: RunDetails) {}

  private rangeOf = (start: number, end: number) => this.model.rangeOf(start, end);

  /** Adds the commands of a parsed script; `toFile` maps offsets of that script to the file (for nested `sh -c`). */
  addScript(
    commands: ShellCommand[], error: { message: string; start: number; end: number } | undefined, origin: CommandOrigin, toFile: (offset: number) => number,
  ): void {
    if (error) this.result.shellErrors.push({ message: error.message, range: this.rangeOf(error.start, error.end) });
    for (const command of commands) {
      const words = command.words.map((word) => commandWord(word, this.model.lines));
      this.addWords(words, origin, command.words, command, shellOffsets, toFile);
    }
  }

  /** Adds one command and looks inside it: `sh -c "…"`, and heredocs fed to a shell. */
  addWords(
    words: CommandWord[], origin: CommandOrigin, sourceWords: { raw: string; start: number }[] | ShellWord[],
    shellCommand: ShellCommand | undefined, offsetsOf: (raw: string) => number[] | undefined, toFile?: (offset: number) => number,
  ): void {
    const start = shellCommand?.start ?? words[0]!.start;
    const end = shellCommand?.end ?? words[words.length - 1]!.end;
    const command = new Command(
      words,
      (shellCommand?.assignments ?? []).map((word) => commandWord(word, this.model.lines)),
      shellCommand?.redirects ?? [],
      shellCommand?.after,
      shellCommand?.context ?? [],
      origin,
      start,
      end,
      this.model.lines,
      commandGuards(shellCommand?.guards),
    );
    this.result.commands.push(command);
    if (!command.program || !SHELLS.has(command.program)) return;
    const scriptIndex = command.args.findIndex((word) => /^-[A-Za-z]*c[A-Za-z]*$/.test(word.value));
    if (scriptIndex >= 0) {
      const scriptWord = command.args[scriptIndex + 1];
      const wordIndex = scriptWord ? words.indexOf(scriptWord) : -1;
      const source = sourceWords[wordIndex];
      const offsets = scriptWord && offsetsOf(scriptWord.raw);
      // A word whose quoting this mapping does not follow (e.g. `$'…'`) is left unread rather than misplaced.
      if (!scriptWord || !source || !offsets || offsets.length !== scriptWord.value.length + 1) return;
      const base = "at" in source ? source.at : 0;
      const outer = toFile ?? ((offset: number) => scriptWord.start + offset - base);
      const toInner = (i: number) => outer(base + offsets[i]!);
      const endToInner = (i: number) => (i > 0 ? outer(base + offsets[i - 1]!) + 1 : toInner(0));
      const inner = parseShell(scriptWord.value, { toFile: toInner, endToFile: endToInner });
      this.addScript(inner.commands, inner.error, "sh-c", toInner);
      return;
    }
    // `bash <<EOF` / `sh -e <<'EOF'`: the heredoc is the script.
    for (const redirect of command.redirects) {
      if (!redirect.heredoc || (redirect.operator !== "<<" && redirect.operator !== "<<-")) continue;
      const heredoc = this.run.heredocs.find((candidate) => candidate.bodySpan.start === redirect.heredoc!.bodyStart);
      if (heredoc) this.addHeredoc(heredoc);
      else this.addBody(redirect.heredoc.body, redirect.heredoc.bodyStart);
    }
  }

  addHeredoc(heredoc: Heredoc): void {
    const interpreter = /^#!\s*(\S+)(?:\s+(\S+))?/.exec(heredoc.body);
    if (interpreter) {
      const program = basename(interpreter[1]!) === "env" ? interpreter[2] ?? "" : basename(interpreter[1]!);
      if (!SHELLS.has(program)) return;
    }
    // `<<-` strips leading tabs; parsing the file's text with the tabs as spaces keeps every offset exact.
    const body = heredoc.stripTabs
      ? this.model.text.slice(heredoc.bodySpan.start, heredoc.bodySpan.end).replace(/^\t+/gm, (tabs) => " ".repeat(tabs.length))
      : heredoc.body;
    this.addBody(body, heredoc.bodySpan.start);
  }

  private addBody(body: string, bodyStart: number): void {
    const toFile = (offset: number) => bodyStart + offset;
    const script = parseShell(body, { toFile });
    this.addScript(script.commands, script.error, "heredoc", toFile);
  }
}

const settingPatterns = new Map<string, RegExp>();

/**
 * True when a RUN writes an apt setting with one of the values to a configuration file: `echo 'APT::Install-Recommends
 * "false";' > /etc/apt/apt.conf.d/…`, or `cat > … <<EOF` with it in the body. Later RUNs of the stage then have it.
 */
export function writesAptSetting(model: DockerfileModel, run: Instruction, name: string, values: string): boolean {
  if (!run.argsText.includes(name) && !run.heredocs.some((heredoc) => heredoc.body.includes(name))) return false;
  const key = `${name} ${values}`;
  let line = settingPatterns.get(key);
  if (!line) settingPatterns.set(key, (line = new RegExp(`${name}\\s+"?(${values})"?`, "i")));
  const pattern = line;
  return commandsOf(model, run).some((command) =>
    command.words.some((word) => pattern.test(word.value)) || command.redirects.some((redirect) => pattern.test(redirect.heredoc?.body ?? "")));
}
