/**
 * Shared by the package-manager rules (no-apt-lists-left, require-assume-yes, no-rpm-cache-left…): where a fix may
 * insert a flag or append a cleanup, and how a RUN keeps a cache out of its layer. Not a rule itself.
 */
import { derived, DerivedKey } from "../../derived";
import type { Command, CommandWord } from "../../dockerfile/commands";
import { appendToInstruction, endOfArguments } from "../../dockerfile/edits";
import type { Instruction } from "../../dockerfile/model";
import type { RunDetails } from "../../dockerfile/run";
import { basename } from "../../paths";
import { parseShell } from "../../shell/parser";
import type { TextEdit } from "../../types";
import type { DockerfileRuleContext } from "../types";

/** Yarn 2+ (Berry), when the review shows it: a `.yarnrc.yml`, or `packageManager: yarn@2…` in a package.json. */
export function reviewShowsYarnBerry(context: DockerfileRuleContext): boolean {
  return context.files.some((file) => basename(file.path) === ".yarnrc.yml"
    || (basename(file.path) === "package.json" && /"packageManager"\s*:\s*"yarn@([2-9]|[1-9][0-9])/.test(file.content)));
}

/**
 * True when the word sits in the file exactly as its value reads (no quotes, escapes or JSON string), so text can
 * be inserted next to it. Words of exec-form RUNs and quoted words are refused.
 */
function isPlainlyWritten(context: DockerfileRuleContext, word: CommandWord): boolean {
  return word.raw === word.value && context.model.text.slice(word.start, word.end) === word.raw;
}

/** Inserts ` text` right after a command word (`-y` after `install`); undefined when the word is not written plainly. */
export function insertAfterWord(context: DockerfileRuleContext, word: CommandWord, text: string): TextEdit | undefined {
  if (!isPlainlyWritten(context, word)) return undefined;
  return { range: context.model.rangeOf(word.end, word.end), text: ` ${text}` };
}

/** Inserts `text ` right before a command word (zypper's global `-n` before `install`). */
export function insertBeforeWord(context: DockerfileRuleContext, word: CommandWord, text: string): TextEdit | undefined {
  if (!isPlainlyWritten(context, word)) return undefined;
  return { range: context.model.rangeOf(word.start, word.start), text: `${text} ` };
}

/**
 * Appends text (` && yum clean all`) to a shell-form RUN without heredocs. A script that ends with a plain command of
 * the top level takes it as it is; one that ends otherwise (`if … fi`, a loop, a group) only when the script with the
 * text still parses and the text's command ends it at the top level: not after a comment (which would swallow the
 * text), a background job or a trailing `;` (a syntax error).
 */
export function appendToRun(context: DockerfileRuleContext, run: Instruction, text: string): TextEdit | undefined {
  const details = context.run(run);
  if (run.heredocs.length > 0 || run.form !== "shell" || !details.posix) return undefined;
  const last = details.commands.filter((command) => command.origin === "run").at(-1);
  if (!last) return undefined;
  const end = endOfArguments(context.model, run);
  const endsPlainly = last.context.length === 0 && last.end === end;
  // A script that parses and ends by closing what it opened (`; fi`, `; done; }`) takes the text after its last closer.
  const endsClosing = details.shellErrors.length === 0 && CLOSERS_ONLY.test(context.model.text.slice(last.end, end));
  // ` && <one simple command>` (what the cleanup rules append) reads as ` && :` does: one parse per RUN answers them all.
  const probe = SIMPLE_APPENDED_COMMAND.test(text) ? " && :" : text;
  return endsPlainly || endsClosing || endsWithAppended(run, probe) ? appendToInstruction(context.model, run, text) : undefined;
}

const SIMPLE_APPENDED_COMMAND = /^ && [\w./*@%+=:,-][\w ./*@%+=:,-]*$/;
const APPENDED_TEXTS = new DerivedKey<Map<string, boolean>>("texts a RUN's script takes appended");

/** Separators and closing words only (`; fi`, `;; esac`, `) ; done`), line continuations included, ending with a closer. */
const CLOSERS_ONLY = /^(?:[ \t;]|\\\r?\n)*(?:(?:fi|done|esac|\}|\))(?:[ \t;]|\\\r?\n)*)*(?:fi|done|esac|\}|\))$/;

/**
 * True when the RUN's script with `text` after it parses and the text's last command ends it at the top level. Parsed
 * once per RUN and text.
 */
function endsWithAppended(run: Instruction, text: string): boolean {
  const known = derived(run, APPENDED_TEXTS, () => new Map());
  let accepted = known.get(text);
  if (accepted === undefined) {
    const appended = parseShell(`${run.argsText}${text}`);
    const added = appended.commands.at(-1);
    accepted = !appended.error && added !== undefined && added.context.length === 0 && added.start >= run.argsText.length;
    known.set(text, accepted);
  }
  return accepted;
}

/** True when the RUN mounts a cache (or tmpfs) whose target the pattern accepts: the cache then stays out of the layer. */
export function mountsCacheAt(details: RunDetails, target: RegExp): boolean {
  return details.mounts.some((mount) => (mount.type === "cache" || mount.type === "tmpfs") && target.test(mount.target ?? ""));
}

/** True when the command is an `rm` of a path the pattern accepts (`/var/cache/yum`, `/var/cache/yum/*`). */
export function removesPath(command: Command, path: RegExp): boolean {
  return command.is("rm") && command.operands.some((operand) => path.test(operand.value));
}

/** `apt-get install` or `apt install`. */

/** The commands after `command` in the same RUN (file order). */
/**
 * For each command of a RUN, whether a later one satisfies `predicate`: one scan from the end, made at the first
 * question, answers for all of them (a scan after each command made a RUN of thousands of installs quadratic).
 */
export function followedBy(commands: readonly Command[], predicate: (command: Command) => boolean): (command: Command, index: number) => boolean {
  let last: number | undefined;
  return (_command, index) => index < (last ??= commands.findLastIndex(predicate));
}

/**
 * True when a word starting with an expansion (`$APT_OPTS`, `"$@"`, `$(…)`) may add options the rule cannot see,
 * such as the very flag it looks for: the rule then stays silent. A variable whose value the file gives (an ARG
 * default, an ENV) is read; `php${VERSION}-xml` cannot start an option and is not a concern.
 */
export function mayHideOptions(context: DockerfileRuleContext, run: Instruction, command: Command): boolean {
  return command.args.some((word) => {
    if (word.literal || !/^["']?[$`]/.test(word.raw)) return false;
    // Positional and special parameters (`"$@"`, `$1`) come from outside the file.
    const value = /^["']?\$[@*#?!0-9-]/.test(word.raw) ? undefined : context.resolve(word, run);
    return value === undefined || value.split(/\s+/).some((part) => part.startsWith("-"));
  });
}
