import type { Command, CommandWord, ParsedOption } from "../../../dockerfile/commands";

const ASSIGNMENT = /^[A-Za-z_][A-Za-z0-9_]*=/;

/**
 * The `NAME=value` words that set a variable for a command or for the rest of the script: `A=1 cmd`,
 * `env A=1 cmd`, `export A=1`.
 */
export function environmentAssignments(command: Command): CommandWord[] {
  if (command.wrappers.length === 0 && command.program !== "export") return command.assignments;
  const programAt = command.programWord ? command.words.indexOf(command.programWord) : command.words.length;
  const viaEnv = command.words.slice(0, programAt).filter((word) => ASSIGNMENT.test(word.value));
  const exported = command.program === "export" ? command.args.filter((word) => ASSIGNMENT.test(word.value)) : [];
  return [...command.assignments, ...viaEnv, ...exported];
}

/** The program as written, without its directory: `yum-config-manager` rather than the `yum` it is read as. */
export function writtenProgram(command: Command): string {
  const written = command.programWord?.value ?? "";
  return written.slice(written.lastIndexOf("/") + 1);
}

/** True when a word's value depends on a variable or a command (`$X`, `${X}`, `$(…)`, backticks); globs do not count. */
export function hasExpansion(value: string): boolean {
  return value.includes("$") || value.includes("`");
}

/** An option's word and, when written apart (`-o value`, not `-ovalue` or `--opt=value`), its value's word. */
export function optionWords(option: ParsedOption): CommandWord[] {
  return option.value && option.value.word.start >= option.word.end ? [option.word, option.value.word] : [option.word];
}

/** The command before `commands[index]` in its pipeline (`a | b`: `a` for `b`), skipping what runs inside `a`'s `$(…)`. */
export function pipedFrom(commands: readonly Command[], index: number): Command | undefined {
  const command = commands[index]!;
  if (command.after !== "|") return undefined;
  const nesting = command.context.join(" ");
  for (let i = index - 1; i >= 0; i--) {
    const candidate = commands[i]!;
    if (candidate.origin === command.origin && candidate.context.join(" ") === nesting) return candidate;
  }
  return undefined;
}

/** Text a command writes into a file: `echo/printf … > file`, `cat <<EOF > file`, `echo … | tee [-a] file`. */
export interface FileWrite {
  /** The file as written (`~/.npmrc`). */
  path: string;
  /** How messages show it: `echo … > ~/.npmrc`, `… | tee ~/.npmrc`. */
  description: string;
  /** From the start of the writing command to the file word. */
  span: { start: number; end: number };
  /** What is written, as far as the command shows it (expansions kept as written). */
  content: string;
}

const printed = (command: Command | undefined) =>
  command?.program === "echo" || command?.program === "printf" ? command.args.map((word) => word.value).join(" ") : undefined;

export function fileWrite(commands: readonly Command[], index: number): FileWrite | undefined {
  const command = commands[index]!;
  if (command.program === "tee") {
    const file = command.operands[0];
    const content = printed(pipedFrom(commands, index));
    return file && content !== undefined ? { path: file.value, description: `… | tee ${file.value}`, span: { start: command.start, end: file.end }, content } : undefined;
  }
  const redirect = command.redirects.find((each) => (each.operator === ">" || each.operator === ">>") && each.target);
  if (!redirect?.target) return undefined;
  const content = command.program === "cat" ? command.redirects.find((each) => each.heredoc)?.heredoc?.body : printed(command);
  if (content === undefined) return undefined;
  const description = `${writtenProgram(command)} … ${redirect.operator} ${redirect.target.value}`;
  return { path: redirect.target.value, description, span: { start: command.start, end: redirect.target.end }, content };
}

/**
 * The name of the account a `useradd`, `adduser`, `groupadd` or `addgroup` creates: its last operand. `adduser user
 * group` (and `addgroup user group` on BusyBox) adds a user to a group, and `useradd --defaults` shows the defaults:
 * neither creates an account.
 */
export function createdAccount(command: Command): string | undefined {
  const { program } = command;
  if (program !== "useradd" && program !== "adduser" && program !== "groupadd" && program !== "addgroup") return undefined;
  if ((program === "adduser" || program === "addgroup") && command.operands.length > 1) return undefined;
  if (program === "useradd" && command.has("--defaults")) return undefined;
  return command.operands.at(-1)?.value;
}
