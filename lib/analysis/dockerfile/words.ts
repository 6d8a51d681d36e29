import type { Instruction } from "dockerfile-ast";
import { toRange } from "./model";
import type { Range } from "../types";

export interface Word {
  value: string;
  range: Range;
}

export interface SimpleCommand {
  words: Word[];
  range: Range;
}

const SEPARATORS = new Set(["&&", "||", ";", "|", "&"]);

/**
 * Splits a shell-form RUN into simple commands at `&&`, `||`, `;`, `|` and `&`, keeping each word's
 * exact range (continuation lines included). Words are taken as dockerfile-ast tokenises them.
 */
export function simpleCommands(instruction: Instruction): SimpleCommand[] {
  const commands: SimpleCommand[] = [];
  let current: Word[] = [];
  const flush = () => {
    if (current.length > 0) {
      commands.push({ words: current, range: { start: current[0]!.range.start, end: current[current.length - 1]!.range.end } });
    }
    current = [];
  };
  for (const argument of instruction.getArguments()) {
    const value = argument.getValue();
    const range = toRange(argument.getRange());
    if (SEPARATORS.has(value)) {
      flush();
      continue;
    }
    if (value.endsWith(";") && value.length > 1) {
      current.push({ value: value.slice(0, -1), range: { start: range.start, end: { ...range.end, column: range.end.column - 1 } } });
      flush();
      continue;
    }
    current.push({ value, range });
  }
  flush();
  return commands;
}

/** Drops leading `sudo` and `VAR=value` assignments so the program word comes first. */
export function programWords(command: SimpleCommand): Word[] {
  let index = 0;
  const words = command.words;
  while (index < words.length) {
    const value = words[index]!.value;
    if (value === "sudo" || /^[A-Za-z_][A-Za-z0-9_]*=/.test(value)) index++;
    else break;
  }
  return words.slice(index);
}
