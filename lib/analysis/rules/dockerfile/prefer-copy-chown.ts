import { copyOperands, type Instruction } from "../../dockerfile/model";
import type { DockerfileRuleContext } from "../types";
import { defineDockerfileRule } from "../types";

interface Data {
  /** `chown -R app:app /app`. */
  command: string;
  owner: string;
  path: string;
  copy: Instruction;
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

/** The absolute destination of a COPY/ADD, or undefined when it depends on something unknown. */
function copyDestination(context: DockerfileRuleContext, copy: Instruction): string | undefined {
  const operands = copyOperands(copy);
  if (!operands) return undefined;
  const destination = absolute(context.resolve(operands.destination, copy), copy.state.workdir.value);
  return destination === "/" ? undefined : destination;
}

export default defineDockerfileRule<Data>({
  meta: {
    id: "prefer-copy-chown",
    aliases: ["run-chown-after-copy"],
    category: "size",
    severity: "warning",
    fileKind: "dockerfile",
    docs: {
      summary: "`RUN chown -R` changes the owner of files a `COPY` just added.",
      whatItDoes:
        "Flags `chown -R <owner> <path>` in a `RUN` when `<path>` is the destination of an earlier `COPY`/`ADD` of the same " +
        "stage, in stages that ship. Paths are resolved against `WORKDIR`; a `cd` earlier in the `RUN` makes the rule stay silent.",
      whyItMatters:
        "Changing a file's owner rewrites it: the new layer holds a second copy of every file under the path, so the " +
        "image carries them twice. `COPY --chown` sets the owner as the files are added, in the same layer.",
      example: "FROM node:22-slim\nWORKDIR /app\nCOPY . .\nRUN chown -R node:node /app\nUSER node\n",
      useInstead: "FROM node:22-slim\nWORKDIR /app\nCOPY --chown=node:node . .\nUSER node\n",
      fixSafety:
        "The suggested edit (shown, not applied) adds `--chown` to the `COPY`; the `chown` in the `RUN` must then be removed " +
        "by hand, and files created between the two steps keep their owner.",
      whenNotToUse: "Paths that later steps fill with much more than the `COPY` added (the `chown` then covers those files too).",
    },
  },
  check(context, report) {
    for (const stage of context.model.stages) {
      if (!stage.ships) continue;
      const copies = new Map<string, Instruction>();
      for (const instruction of stage.instructions) {
        if (instruction.keyword === "COPY" || instruction.keyword === "ADD") {
          const destination = copyDestination(context, instruction);
          if (destination) copies.set(destination, instruction);
          continue;
        }
        if (instruction.keyword !== "RUN" || copies.size === 0) continue;
        for (const command of context.commands(instruction)) {
          if (command.is("cd")) break;
          if (!command.is("chown") || !command.has("--recursive")) continue;
          const [owner, ...paths] = command.operands;
          if (!owner?.literal) continue;
          for (const path of paths) {
            const target = path.literal ? absolute(path.value, instruction.state.workdir.value) : undefined;
            const copy = target && copies.get(target);
            if (!copy) continue;
            report({ range: command.range, data: { command: `chown -R ${owner.value} ${path.value}`, owner: owner.value, path: target, copy } });
            break;
          }
        }
      }
    }
  },
  message: ({ command, path, copy }) =>
    `\`${command}\` rewrites every file the \`${copy.keyword}\` on line ${copy.range.start.line} put in \`${path}\`, so the image stores them twice. ` +
    `Set the owner while copying: \`${copy.keyword} --chown=…\`, and drop this \`chown\`.`,
  fix: ({ owner, copy }, { model }) => {
    if (copy.flags.some((flag) => flag.name === "chown")) return undefined;
    const at = copy.keywordWord.end;
    return {
      title: `Add --chown=${owner} to the ${copy.keyword} (then remove the chown from the RUN)`,
      applicability: "display-only",
      edits: [{ range: model.rangeOf(at, at), text: ` --chown=${owner}` }],
    };
  },
});
