import type { ShellCommand, ShellContext, ShellGuard, ShellRedirect, ShellWord } from "../../shell/parser";
import type { LineIndex } from "../../text";
import type { Range } from "../../types";
import { SourceWord, type Span, type Word } from "../syntax";
import { lookupOption, specOf, type CompiledSpec } from "./options";
import { PROGRAM_ALIASES } from "./specs";
import { lookupTable } from "../../lookup";

/** A word of a command: a Dockerfile word plus whether its value is exactly known (no expansion, no glob). */
export class CommandWord extends SourceWord implements Word {
  readonly #lines: LineIndex;

  constructor(start: number, end: number, raw: string, value: string, readonly literal: boolean, lines: LineIndex) {
    super(start, end, raw, value, lines);
    this.#lines = lines;
  }

  /** A part of the word (after `=` or after a short flag); its range is exact when the word is written plainly. */
  slice(from: number): CommandWord {
    const value = this.value.slice(from);
    if (this.raw !== this.value) return new CommandWord(this.start, this.end, this.raw, value, this.literal, this.#lines);
    return new CommandWord(this.start + from, this.end, value, value, this.literal, this.#lines);
  }
}

export interface ParsedOption {
  /** The canonical name from the program's spec (`-y` for `--assume-yes`); the written name when unknown. */
  name: string;
  /** The option as written: `--yes`, or `-q` out of a combined `-qy`. */
  written: string;
  word: CommandWord;
  /** The option's value: the next word, or the part after `=` / after a short flag (`-ofile`). */
  value: { value: string; word: CommandWord } | undefined;
  /** False when the program's spec does not list the option (its value, if any, may then be misread). */
  known: boolean;
}

/**
 * A condition a command in an `if` body runs under: the words of the `if`'s test command as written (quotes removed,
 * expansions kept), undefined when the condition is more than one simple command, and whether it must hold.
 */
export interface CommandGuard {
  test: readonly string[] | undefined;
  holds: boolean;
}

/** The guards of a parsed command, with each test's words as values. */
export function commandGuards(guards: readonly ShellGuard[] | undefined): CommandGuard[] {
  return (guards ?? []).map((guard) => ({ test: guard.test?.words.map((word) => word.value), holds: guard.holds }));
}

/** How a command was reached: written in the RUN line, inside `sh -c "…"`, in a heredoc script, or exec form. */
export type CommandOrigin = "run" | "sh-c" | "heredoc" | "exec";

/** Wrappers that run the rest of the line as a command, with their options that take a value. */
const WRAPPERS = lookupTable<string>({
  sudo: "-u -g -h -p -C -D -T -r -t -U",
  env: "-u -C -S",
  xargs: "-n -I -i -P -L -l -d -a -E -e -s --max-args --replace --max-procs --max-lines --delimiter --arg-file --eof --max-chars",
  exec: "-a",
  command: "",
  nohup: "",
  time: "-f -o",
  nice: "-n",
  ionice: "-c -n -p",
  stdbuf: "-i -o -e",
  timeout: "-s -k",
  chroot: "",
  gosu: "",
  "su-exec": "",
  tini: "",
});
/** Wrappers whose first operand is not the command: `timeout 10 cmd`, `gosu user cmd`, `chroot /dir cmd`. */
const WRAPPER_OPERANDS: Record<string, number> = { timeout: 1, gosu: 1, "su-exec": 1, chroot: 1 };
export const SHELLS = new Set(["sh", "bash", "ash", "dash", "zsh", "ksh", "mksh", "busybox sh"]);

export function basename(path: string): string {
  return path.slice(path.lastIndexOf("/") + 1);
}

/** The normalised program name: basename, `pip3.12` → `pip`, `python3 -m pip` → `pip` (see specs.ts). */
function programName(word: CommandWord): string {
  const name = basename(word.value);
  const versionless = /^(pip|python)[0-9.]*$/.exec(name)?.[1] ?? name;
  return PROGRAM_ALIASES[versionless] ?? versionless;
}

/** A simple command of a RUN, with its program, options and operands read through the program's spec. */
export class Command implements Span {
  #range: Range | undefined;
  readonly #lines: LineIndex;
  readonly programWord: CommandWord | undefined;
  /** Normalised program name (see `programName`); undefined for a command made only of assignments/redirects. */
  readonly program: string | undefined;
  /** The words after the program. */
  readonly args: CommandWord[];
  /** `sudo`, `env`, `xargs`… words that were seen through, in order. */
  readonly wrappers: CommandWord[];
  private parsed: { subcommand: CommandWord | undefined; subcommandName: string | undefined; options: ParsedOption[]; operands: CommandWord[] } | undefined;

  constructor(
    /** Every word of the command as written, wrappers included (assignments excluded). */
    readonly words: CommandWord[],
    readonly assignments: CommandWord[],
    readonly redirects: ShellRedirect[],
    /** The operator before it (`&&`, `||`, `;`, `|`, `&`, a newline) in its list. */
    readonly after: ShellCommand["after"],
    readonly context: ShellContext[],
    readonly origin: CommandOrigin,
    readonly start: number,
    readonly end: number,
    lines: LineIndex,
    /** What must hold for it to run, when it sits in an `if` body (see `CommandGuard`). */
    readonly guards: readonly CommandGuard[] = [],
  ) {
    this.#lines = lines;
    let index = 0;
    const wrappers: CommandWord[] = [];
    while (index < words.length) {
      const name = basename(words[index]!.value);
      const valued = WRAPPERS[name];
      if (valued === undefined) break;
      wrappers.push(words[index]!);
      index++;
      const takesValue = new Set(valued.split(" "));
      while (index < words.length) {
        const value = words[index]!.value;
        if (value === "--") { index++; break; }
        if (name === "env" && /^[A-Za-z_][A-Za-z0-9_]*=/.test(value)) { index++; continue; }
        if (!value.startsWith("-") || value === "-") break;
        index += takesValue.has(value) ? 2 : 1;
      }
      index += WRAPPER_OPERANDS[name] ?? 0;
    }
    let programWord = words[index];
    let program = programWord && programName(programWord);
    // `python -m pip …`: the module is the program.
    if (program === "python" && words[index + 1]?.value === "-m" && words[index + 2]) {
      const module = words[index + 2]!;
      program = PROGRAM_ALIASES[`python -m ${module.value}`] ?? module.value;
      programWord = module;
      index += 2;
    }
    this.programWord = programWord;
    this.program = program;
    this.args = words.slice(index + 1);
    this.wrappers = wrappers;
  }

  get range(): Range {
    return (this.#range ??= this.#lines.rangeOf(this.start, this.end));
  }

  /** True when `xargs` adds operands read from standard input: the operands listed are not all of them. */
  get moreOperandsFromStdin(): boolean {
    return this.wrappers.some((word) => basename(word.value) === "xargs");
  }

  private parse() {
    if (this.parsed) return this.parsed;
    const spec = this.program === undefined ? undefined : specOf(this.program);
    const options: ParsedOption[] = [];
    const operands: CommandWord[] = [];
    let subcommand: CommandWord | undefined;
    let subcommandName: string | undefined;
    let optionsEnded = false;
    const words = this.args;
    for (let i = 0; i < words.length; i++) {
      const word = words[i]!;
      const text = word.value;
      if (optionsEnded || !text.startsWith("-") || text === "-" || !word.literal && !/^-[A-Za-z-]/.test(text)) {
        if (!subcommand && spec && spec.subcommandNames.size > 0 && operands.length === 0) {
          subcommand = word;
          subcommandName = spec.subcommandNames.get(text) ?? text;
        } else {
          operands.push(word);
        }
        continue;
      }
      if (text === "--") {
        optionsEnded = true;
        continue;
      }
      const takeNext = () => {
        const next = words[i + 1];
        if (!next) return undefined;
        i++;
        return { value: next.value, word: next };
      };
      if (text.startsWith("--") || spec?.singleDashLong) {
        const equals = text.indexOf("=");
        const written = equals < 0 ? text : text.slice(0, equals);
        const info = lookupOption(spec, subcommandName, written);
        const value = equals >= 0 ? { value: text.slice(equals + 1), word: word.slice(equals + 1) } : info?.takesValue ? takeNext() : undefined;
        options.push({ name: info?.canonical ?? written, written, word, value, known: info !== undefined });
        continue;
      }
      const whole = lookupOption(spec, subcommandName, text);
      if (whole) {
        options.push({ name: whole.canonical, written: text, word, value: whole.takesValue ? takeNext() : undefined, known: true });
        continue;
      }
      // Combined short flags: `-qy`, `-xzf file`, `-ofile`.
      for (let k = 1; k < text.length; k++) {
        const written = `-${text[k]}`;
        const info = lookupOption(spec, subcommandName, written);
        if (info?.takesValue) {
          const value = k + 1 < text.length ? { value: text.slice(k + 1), word: word.slice(k + 1) } : takeNext();
          options.push({ name: info.canonical, written, word, value, known: true });
          break;
        }
        options.push({ name: info?.canonical ?? written, written, word, value: undefined, known: info !== undefined });
      }
    }
    this.parsed = { subcommand, subcommandName, options, operands };
    return this.parsed;
  }

  /** The subcommand word (`install` of `apt-get install`), for programs that have subcommands. */
  get subcommand(): CommandWord | undefined {
    return this.parse().subcommand;
  }

  /** The canonical subcommand name: `install` for `npm i`. */
  get subcommandName(): string | undefined {
    return this.parse().subcommandName;
  }

  get options(): ParsedOption[] {
    return this.parse().options;
  }

  /** The arguments that are neither options, option values nor the subcommand (e.g. the packages). */
  get operands(): CommandWord[] {
    return this.parse().operands;
  }

  /** The first option with this name or any of its aliases (`option("--yes")` finds `-y`). */
  option(name: string): ParsedOption | undefined {
    const { options, subcommandName } = this.parse();
    // Most commands have no option at all: no need to look the name up.
    if (options.length === 0) return undefined;
    const spec = this.program === undefined ? undefined : specOf(this.program);
    const canonical = lookupOption(spec, subcommandName, name)?.canonical ?? name;
    return options.find((option) => option.name === canonical);
  }

  has(name: string): boolean {
    return this.option(name) !== undefined;
  }

  /** True when the program is `program` and (if given) the subcommand is `subcommand` (any alias). */
  is(program: string, subcommand?: string): boolean {
    if (this.program !== program) return false;
    if (subcommand === undefined) return true;
    const spec: CompiledSpec | undefined = specOf(program);
    return this.subcommandName === (spec?.subcommandNames.get(subcommand) ?? subcommand);
  }
}

/** Options with which apt only pretends to install, or fetches without installing. */
const APT_INSTALLS_NOTHING = ["--simulate", "--download-only", "--print-uris"];

/** `apt-get install` or `apt install` that installs packages: not `-s` (a simulation), `-d` or `--print-uris`. */
export function isAptInstall(command: Command): boolean {
  return (command.is("apt-get", "install") || command.is("apt", "install")) && !APT_INSTALLS_NOTHING.some((option) => command.has(option));
}

/** Builds a command word from a shell word. */
export function commandWord(word: ShellWord, lines: LineIndex): CommandWord {
  return new CommandWord(word.start, word.end, word.raw, word.value, word.literal, lines);
}
