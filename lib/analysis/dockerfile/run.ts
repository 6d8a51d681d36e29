import type { Instruction } from "dockerfile-ast";
import type { Range } from "../types";
import { argumentsOf, flagsOf, isJsonForm, sourceText } from "./instructions";
import { toRange } from "./model";
import { programWords, simpleCommands, type Word } from "./words";

/**
 * What the instruction-level rules need to know about RUN scripts, on top of the naive word split in `words.ts`.
 * When the shell parser lands, only this file changes.
 */

/**
 * The program words of each simple command of a shell-form RUN (no `sudo`/`VAR=` prefixes); none for exec form.
 * With `mentioning`, RUNs whose text does not match are skipped without splitting them (splitting is costly).
 */
export function runCommands(run: Instruction, mentioning?: RegExp): Word[][] {
  if ((mentioning && !mentioning.test(sourceText(run))) || isJsonForm(run) || hasHeredoc(run)) return [];
  return simpleCommands(run).map(programWords).filter((words) => words.length > 0);
}

export function hasHeredoc(instruction: Instruction): boolean {
  return /<<-?\s*["']?[A-Za-z_]/.test(sourceText(instruction));
}

/** Commands that cannot fail in a way pipefail would report: a pipe fed by them hides nothing. */
const HARMLESS_PIPE_SOURCES = new Set(["echo", "printf"]);
const SEPARATORS = /^(&&|\|\||;|&)$|;$/;

/**
 * The range of the first `|` pipe operator (not `||`, not quoted) in a shell-form RUN whose left-hand command could
 * fail unnoticed (pipes fed by `echo`/`printf` are skipped).
 */
export function firstPipe(run: Instruction): Range | undefined {
  if (!sourceText(run).includes("|") || isJsonForm(run) || hasHeredoc(run)) return undefined;
  let commandWord: string | undefined;
  for (const argument of argumentsOf(run)) {
    const value = argument.getValue();
    const unquoted = value.replace(/'[^']*'|"(?:[^"\\]|\\.)*"/g, (quoted) => " ".repeat(quoted.length));
    const match = /(?<![|>])\|(?!\|)/.exec(unquoted);
    commandWord ??= value;
    if (match) {
      const leftWord = match.index > 0 && commandWord === value ? value.slice(0, match.index) : commandWord;
      if (!HARMLESS_PIPE_SOURCES.has(leftWord)) {
        const range = toRange(argument.getRange());
        // A word spanning a continuation has no single-line position for the pipe: fall back to the word.
        return range.start.line === range.end.line
          ? { start: { line: range.start.line, column: range.start.column + match.index }, end: { line: range.start.line, column: range.start.column + match.index + 1 } }
          : range;
      }
      const rest = value.slice(match.index + 1);
      commandWord = rest === "" ? undefined : rest;
      continue;
    }
    if (SEPARATORS.test(value)) commandWord = undefined;
  }
  return undefined;
}

/** True when the RUN's own script turns on pipefail before its pipes (`set -o pipefail`, `set -euo pipefail`). */
export function setsPipefail(run: Instruction): boolean {
  return /\bset\s+(-[a-zA-Z]*\s+)*-[a-zA-Z]*o\s+pipefail\b/.test(sourceText(run));
}

/** The RUN's `--mount`/`--network`/`--security` flags as written, for comparing two RUNs. */
export function runFlagsText(run: Instruction): string {
  return flagsOf(run).map((flag) => flag.toString()).join(" ");
}

export type { Word };
