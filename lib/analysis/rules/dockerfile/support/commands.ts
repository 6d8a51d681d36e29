import type { Command, CommandWord, ParsedOption } from "../../../dockerfile/commands";

const ASSIGNMENT = /^[A-Za-z_][A-Za-z0-9_]*=/;

/**
 * The `NAME=value` words that set a variable for a command or for the rest of the script: `A=1 cmd`,
 * `env A=1 cmd`, `export A=1`.
 */
export function environmentAssignments(command: Command): CommandWord[] {
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
