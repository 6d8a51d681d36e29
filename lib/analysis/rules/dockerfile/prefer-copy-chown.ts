import type { Command } from "../../dockerfile/commands";
import { removeCommand } from "../../dockerfile/edits";
import { copyOperands, type Instruction } from "../../dockerfile/model";
import { copiedFileName } from "../../paths";
import type { DockerfileRuleContext } from "../types";
import { defineDockerfileRule } from "../types";

interface Data {
  /** `chown -R app:app /app`, `chmod +x /usr/local/bin/start.sh`. */
  command: string;
  /** The flag the COPY can take instead: `chown` or `chmod`. */
  flag: "chown" | "chmod";
  /** The owner or mode the command sets. */
  value: string;
  path: string;
  /** The COPY put one file at `path` (rather than files under it). */
  file: boolean;
  copy: Instruction;
  run: Instruction;
  change: Command;
  /**
   * Something else in the stage may put files under `path` (another COPY, a RUN naming it or working in it): a
   * recursive change covers those too, so it stays.
   */
  coversMore: boolean;
}

/** `path` made absolute against `workdir` and normalised (no trailing slash); undefined when either is unknown. */
function absolute(path: string | undefined, workdir: string | undefined): string | undefined {
  if (path === undefined || path === "") return undefined;
  if (!path.startsWith("/")) {
    if (workdir === undefined) return undefined;
    path = `${workdir}/${path}`;
  }
  const parts: string[] = [];
  for (const part of path.split("/")) {
    if (part === "..") parts.pop();
    else if (part !== "" && part !== ".") parts.push(part);
  }
  return `/${parts.join("/")}`;
}

/**
 * Where a COPY/ADD puts what it copies: its destination directory, and the path of the one file it copies if it
 * copies one (`COPY start.sh /usr/local/bin/` → `/usr/local/bin/start.sh`). Undefined parts depend on something unknown.
 */
function landing(context: DockerfileRuleContext, copy: Instruction): { directory?: string; file?: string } {
  const operands = copyOperands(copy);
  if (!operands) return {};
  const written = context.resolve(operands.destination, copy);
  const destination = absolute(written, copy.state.workdir.value);
  if (destination === undefined || destination === "/") return {};
  const source = operands.sources.length === 1 ? context.resolve(operands.sources[0]!, copy) : undefined;
  const name = source === undefined ? undefined : copiedFileName(source);
  if (!name) return { directory: destination };
  return written!.endsWith("/") || written === "." ? { file: `${destination}/${name}` } : { file: destination };
}

export default defineDockerfileRule<Data>({
  meta: {
    id: "prefer-copy-chown",
    aliases: ["run-chown-after-copy"],
    category: "size",
    severity: "warning",
    fileKind: "dockerfile",
    docs: {
      summary: "`RUN chown`/`chmod` rewrites files a `COPY` just added.",
      whatItDoes:
        "Flags `chown -R <owner> <path>` and `chmod -R <mode> <path>` in a `RUN` when `<path>` is the destination of an " +
        "earlier `COPY`/`ADD` of the same stage, and `chown`/`chmod` (with or without `-R`) of the one file a `COPY`/`ADD` " +
        "put at `<path>` (`COPY start.sh /usr/local/bin/`, `ADD <url> /tini`), in stages that ship. Paths are resolved " +
        "against `WORKDIR`; a `cd` earlier in the `RUN` makes the rule stay silent.",
      whyItMatters:
        "Changing a file's owner or mode rewrites it: the new layer holds a second copy of every file it changes, so the " +
        "image carries them twice (the size estimate counts them). `COPY --chown` and `--chmod` set both as the files are " +
        "added, in the same layer.",
      example: "FROM node:22-slim\nWORKDIR /app\nCOPY . .\nRUN chown -R node:node /app\nUSER node\n",
      useInstead: "FROM node:22-slim\nWORKDIR /app\nCOPY --chown=node:node . .\nUSER node\n",
      fixSafety:
        "Unsafe: adds `--chown` (or `--chmod`, for an octal mode) to the `COPY` and removes the command (the whole `RUN` " +
        "when nothing else runs in it). Files that steps between the two wrote under the path keep their owner and mode, " +
        "and so does the destination directory itself when it existed before the `COPY` (a `WORKDIR` creates it, owned by " +
        "root); `--chmod` also sets the mode of the directories the `COPY` creates. When the command does more (other " +
        "paths or options) or sits inside `if`, a pipe or `||`, only the flag is suggested, shown and not applied; a " +
        "symbolic mode (`+x`) adds to each file's own mode, which no single `--chmod` replaces: no edit then.",
      whenNotToUse: "Paths that later steps fill with much more than the `COPY` added (the `chown` then covers those files too).",
    },
  },
  check(context, report) {
    for (const stage of context.model.stages) {
      if (!stage.ships) continue;
      const directories = new Map<string, Instruction>();
      const files = new Map<string, Instruction>();
      const landed: { path: string; copy: Instruction }[] = [];
      for (const instruction of stage.instructions) {
        if (instruction.keyword === "COPY" || instruction.keyword === "ADD") {
          const { directory, file } = landing(context, instruction);
          if (directory) directories.set(directory, instruction);
          if (file) files.set(file, instruction);
          for (const path of [directory, file]) if (path) landed.push({ path, copy: instruction });
          continue;
        }
        if (instruction.keyword !== "RUN" || directories.size + files.size === 0) continue;
        for (const command of context.commands(instruction)) {
          if (command.is("cd")) break;
          const flag = command.program;
          if ((flag !== "chown" && flag !== "chmod") || command.has("--reference")) continue;
          const [value, ...paths] = command.operands;
          if (!value?.literal) continue;
          const recursive = command.has("--recursive");
          for (const path of paths) {
            const target = path.literal ? absolute(path.value, instruction.state.workdir.value) : undefined;
            if (!target) continue;
            // Without -R, changing a directory rewrites only the directory: only a copied file is rewritten whole.
            const directoryCopy = recursive ? directories.get(target) : undefined;
            const copy = directoryCopy ?? files.get(target);
            if (!copy) continue;
            const written = `${flag}${recursive ? " -R" : ""} ${value.value} ${path.value}`;
            const under = (other: string) => other === target || other.startsWith(`${target}/`);
            const { text, lines } = context.model;
            const script = text.slice(instruction.start, lines.offsetAt(command.range.start)) + text.slice(lines.offsetAt(command.range.end), instruction.end);
            const coversMore = recursive && (landed.some((other) => other.copy !== copy && under(other.path)) ||
              stage.instructions.some((other) => other.keyword === "RUN" && other.start < instruction.start && (under(other.state.workdir.value ?? "") || other.argsText.includes(target))) ||
              script.includes(target) || (context.commands(instruction).length > 1 && under(instruction.state.workdir.value ?? "")));
            report({ range: command.range, data: { command: written, flag, value: value.value, path: target, file: !directoryCopy, copy, run: instruction, change: command, coversMore } });
            break;
          }
        }
      }
    }
  },
  message: ({ command, flag, path, file, copy }) =>
    `\`${command}\` rewrites ${file ? "the file" : "every file"} the \`${copy.keyword}\` on line ${copy.range.start.line} put ${file ? "at" : "in"} \`${path}\`, so the image stores ${file ? "it" : "them"} twice. ` +
    `Set the ${flag === "chown" ? "owner" : "mode"} while copying: \`${copy.keyword} --${flag}=…\`, and drop this \`${flag}\`.`,
  fix: ({ flag, value, copy, run, change, coversMore }, context) => {
    if (copy.flags.some((candidate) => candidate.name === flag)) return undefined;
    // --chmod takes an octal mode; a symbolic one (`+x`) adds to each file's own mode, which no one mode replaces.
    if (flag === "chmod" && !/^[0-7]{3,4}$/.test(value)) return undefined;
    const at = copy.keywordWord.end;
    const setFlag = { range: context.model.rangeOf(at, at), text: ` --${flag}=${value}` };
    // The command goes too when it does nothing else: one path, no option but -R.
    const onlyThis = change.operands.length === 2 && change.options.every((option) => option.name === "-R");
    // A recursive change of files other steps put there too is still needed for those.
    const drop = onlyThis && !coversMore ? removeCommand(context.model, run, context.commands(run), change) : undefined;
    if (!drop) {
      return { title: `Add --${flag}=${value} to the ${copy.keyword} (then remove the ${flag} from the RUN)`, applicability: "display-only", edits: [setFlag] };
    }
    return { title: `Set the ${flag === "chown" ? "owner" : "mode"} in the ${copy.keyword} (--${flag}=${value}) and remove the ${flag}`, applicability: "unsafe", edits: [setFlag, drop] };
  },
});
