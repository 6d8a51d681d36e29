import type { DockerfileModel, Instruction, Word } from "../../dockerfile/model";
import { closestMatch } from "../../similar";
import type { Range } from "../../types";
import { defineDockerfileRule } from "../types";

const INSTRUCTIONS = [
  "ADD", "ARG", "CMD", "COPY", "ENTRYPOINT", "ENV", "EXPOSE", "FROM", "HEALTHCHECK", "LABEL", "MAINTAINER", "ONBUILD",
  "RUN", "SHELL", "STOPSIGNAL", "USER", "VOLUME", "WORKDIR",
];

/** Instructions whose words BuildKit expands itself (RUN, CMD and ENTRYPOINT leave `$` to the shell). */
const EXPANDED = new Set(["ADD", "ARG", "COPY", "ENV", "EXPOSE", "FROM", "LABEL", "STOPSIGNAL", "USER", "VOLUME", "WORKDIR"]);

/** What may follow the name in `${name…}` for BuildKit: `}`, `:-` `:+` `:?`, `-` `+` `?`, `#` `%` (patterns), `/` (replace). */
const SUPPORTED_AFTER_NAME = /^(\}|:[-+?]|[-+?#%/])/;

/**
 * `${name<modifier>}` substitutions BuildKit rejects (`${A:=x}`, `${A:0:3}`, `${A^^}`): the offset of the `$` and the
 * modifier. Single-quoted text and escaped dollars are not expanded.
 */
function unsupportedSubstitutions(raw: string, escape: string): { at: number; end: number; modifier: string }[] {
  const found: { at: number; end: number; modifier: string }[] = [];
  let single = false;
  let double = false;
  for (let i = 0; i < raw.length; i++) {
    const ch = raw[i]!;
    if (ch === "'" && !double) single = !single;
    if (ch === '"' && !single) double = !double;
    if (single) continue;
    if (ch === escape) {
      i++;
      continue;
    }
    if (ch !== "$" || raw[i + 1] !== "{") continue;
    const name = /^[A-Za-z_][A-Za-z0-9_]*/.exec(raw.slice(i + 2))?.[0];
    if (!name) continue;
    const rest = raw.slice(i + 2 + name.length);
    if (rest === "" || SUPPORTED_AFTER_NAME.test(rest)) continue;
    const close = raw.indexOf("}", i);
    found.push({ at: i, end: close < 0 ? raw.length : close + 1, modifier: rest.startsWith(":") ? rest.slice(0, 2) : rest[0]! });
  }
  return found;
}

/** The range of part of a word, exact when the word is written on one stretch of the file (no line continuation inside). */
function partRange(model: DockerfileModel, word: Word, from: number, to: number): Range {
  return word.end - word.start === word.raw.length ? model.rangeOf(word.start + from, word.start + to) : word.range;
}

/** Problems the parser leaves to instruction-level reading: FROM's shape, COPY/ADD without a destination, substitutions. */
function instructionProblems(model: DockerfileModel, instruction: Instruction): { range: Range; message: string }[] {
  const found: { range: Range; message: string }[] = [];
  const { keyword } = instruction;
  // Reading `args` splits the words of the instruction: not worth it for the many that cannot have these problems.
  if (keyword !== "FROM" && keyword !== "COPY" && keyword !== "ADD" && !EXPANDED.has(keyword)) return found;
  const { args } = instruction;
  if (keyword === "FROM" && args.length > 0 && args.length !== 1 && args.length !== 3) {
    const extra = args.length === 2 ? args[1]! : args[3]!;
    found.push({
      range: args.length === 2 ? extra.range : model.rangeOf(extra.start, args.at(-1)!.end),
      message: args.length > 2
        ? "`FROM` takes an image and optionally `AS <name>`; these words are extra."
        : extra.value.toUpperCase() === "AS"
          ? "`AS` needs the stage's name after it."
          : `\`FROM\` takes an image, optionally followed by \`AS <name>\`; \`${extra.value}\` is neither.`,
    });
  } else if (keyword === "FROM" && args.length === 3 && args[1]!.value.toUpperCase() !== "AS") {
    found.push({ range: args[1]!.range, message: `\`FROM <image> ${args[1]!.value} ${args[2]!.value}\`: the second word must be \`AS\`.` });
  }
  if ((keyword === "COPY" || keyword === "ADD") && args.length === 1) {
    found.push({ range: args[0]!.range, message: `\`${keyword}\` needs at least a source and a destination; only \`${args[0]!.value}\` is given.` });
  }
  if (!EXPANDED.has(keyword)) return found;
  for (const word of args) {
    if (!word.raw.includes("${")) continue;
    for (const { at, end, modifier } of unsupportedSubstitutions(word.raw, model.escape)) {
      found.push({
        range: partRange(model, word, at, end),
        message: `\`${word.raw.slice(at, end)}\`: Dockerfiles do not support the \`${modifier}\` modifier (only \`:-\`, \`-\`, \`:+\`, \`+\`, \`:?\`, \`?\`, \`#\`, \`%\` and \`/\`).`,
      });
    }
  }
  return found;
}

interface Data {
  message: string;
  /** For an unknown instruction: the word written, and the closest instruction (a typo) if any. */
  unknown: { written: string; suggestion: string | undefined; range: Range } | undefined;
}

export default defineDockerfileRule<Data>({
  meta: {
    id: "dockerfile-syntax-error",
    aliases: [
      "DL1000", "instructionUnknown", "invalid_command", "unknown-instruction", "directiveEscapeInvalid", "fromRequiresOneOrThreeArguments",
      "invalidAs", "instructionMissingArgument", "instructionRequiresAtLeastOneArgument", "instructionRequiresAtLeastTwoArguments",
      "missing_args", "variableModifierUnsupported",
    ],
    category: "correctness",
    severity: "error",
    fileKind: "dockerfile",
    profiles: { hadolint: "error" },
    docs: {
      summary: "The Dockerfile has an instruction the build rejects.",
      whatItDoes:
        "Reports what BuildKit would refuse: an unknown instruction keyword, an instruction without its arguments, " +
        "a `FROM` with other than one or three words (or a second word other than `AS`), a `COPY`/`ADD` without a " +
        "destination, a `${name…}` substitution with a modifier Dockerfiles lack (`${A:=x}`, `${A:0:2}`), a heredoc " +
        "that is never closed, an invalid `# escape=` directive. The rest of the file is still reviewed.",
      whyItMatters: "The build stops at the first such line, so nothing after it is ever built.",
      example: "FROM alpine:3.20\nRUNN echo hi\n",
      useInstead: "FROM alpine:3.20\nRUN echo hi\n",
      fixSafety:
        "Replacing a misspelt keyword with the closest instruction (`RNU` → `RUN`) is offered as unsafe: the line may " +
        "instead be a lost continuation. Other malformed lines get no fix: their intent cannot be guessed safely.",
      whenNotToUse: "Never: a file with this finding does not build.",
    },
  },
  check({ model }, report) {
    for (const problem of model.problems) {
      const written = problem.unknownKeyword;
      const unknown = written === undefined ? undefined : { written, suggestion: closestMatch(written.toUpperCase(), INSTRUCTIONS), range: problem.range };
      report({ range: problem.range, data: { message: problem.message, unknown } });
    }
    for (const instruction of model.instructions) {
      for (const { range, message } of instructionProblems(model, instruction)) report({ range, data: { message, unknown: undefined } });
    }
  },
  message: ({ message, unknown }) => {
    if (!unknown) return `${message} The build stops here.`;
    return unknown.suggestion
      ? `${message} The build stops here. Did you mean \`${unknown.suggestion}\`?`
      : `${message} The build stops here; if it continues the previous line, end that line with \`\\\`.`;
  },
  fix: ({ unknown }) =>
    unknown?.suggestion ? { title: `Write ${unknown.suggestion}`, applicability: "unsafe", edits: [{ range: unknown.range, text: unknown.suggestion }] } : undefined,
});
