import type { Instruction, Stage, Word } from "./model";
import { inheritedInstructions } from "./stages";
import { basename } from "../paths";

/**
 * Support for the rules about the process a container starts (`require-init-process`,
 * `use-exec-in-entrypoint-script`): the ENTRYPOINT and CMD in effect and the script they run.
 */

/** The last ENTRYPOINT and CMD a stage sets, its parent stages' included (undefined: the base image's). */
export function startInstructions(stage: Stage): { entrypoint: Instruction | undefined; cmd: Instruction | undefined } {
  const instructions = inheritedInstructions(stage);
  return {
    entrypoint: instructions.findLast((instruction) => instruction.keyword === "ENTRYPOINT"),
    cmd: instructions.findLast((instruction) => instruction.keyword === "CMD"),
  };
}

const SHELLS = new Set(["sh", "bash", "ash", "dash", "zsh"]);

/**
 * The program word an ENTRYPOINT or CMD starts, seen through a shell that runs a script file (`["sh", "/entrypoint.sh"]`);
 * undefined for `sh -c "…"`, an empty instruction or a program named by a variable.
 */
export function startedWord(instruction: Instruction): Word | undefined {
  const [first, ...rest] = instruction.args;
  if (!first || first.value.includes("$")) return undefined;
  if (!SHELLS.has(basename(first.value))) return first;
  const script = rest.find((word) => !word.value.startsWith("-"));
  return rest.some((word) => word.value === "-c") || !script || script.value.includes("$") ? undefined : script;
}

/** True for a word that names a shell script (`docker-entrypoint.sh`, `/usr/local/bin/entrypoint`). */
export function isScriptName(word: Word): boolean {
  const name = basename(word.value);
  return name.endsWith(".sh") || /entrypoint|^(start|run|boot)(\.|$)/.test(name);
}
