import type { DockerfileModel, Instruction, Word } from "./model";

/**
 * The command of a `HEALTHCHECK CMD …`: its words, and whether it is in exec (JSON) form. The model reads
 * `HEALTHCHECK` arguments as shell words (the JSON follows `CMD`), so the strings are located in the source here.
 */
export function healthcheckCommand(model: DockerfileModel, instruction: Instruction): { execForm: boolean; words: Word[] } | undefined {
  const [type, ...rest] = instruction.args;
  if (!type || type.value.toUpperCase() !== "CMD" || rest.length === 0) return undefined;
  const start = rest[0]!.start;
  const text = model.text.slice(start, rest[rest.length - 1]!.end);
  if (!/^\[[\s\S]*\]$/.test(text)) return { execForm: false, words: rest };
  const words: Word[] = [];
  for (const match of text.matchAll(/"((?:[^"\\]|\\.)*)"/g)) {
    let value: string;
    try {
      value = JSON.parse(match[0]) as string;
    } catch {
      return undefined;
    }
    const from = start + match.index;
    const to = from + match[0].length;
    words.push({ start: from, end: to, range: model.rangeOf(from, to), raw: match[0], value });
  }
  return { execForm: true, words };
}
