import type { Instruction } from "dockerfile-ast";
import type { DockerfileModel, Stage } from "./model";

/**
 * Stage-graph queries the rules share. They read only `model.stages`, so moving to a richer model means
 * changing this file, not the rules.
 */

/** The stage an instruction belongs to, or undefined for instructions before the first FROM. */
export function stageOf(model: DockerfileModel, instruction: Instruction): Stage | undefined {
  return model.stages.find((stage) => stage.instructions.includes(instruction));
}

/** The earlier stage a reference (`FROM name`, `--from=name` or `--from=0`) points to, if any. */
export function findStage(model: DockerfileModel, reference: string, before?: Stage): Stage | undefined {
  const candidates = before ? model.stages.slice(0, before.index) : model.stages;
  if (/^\d+$/.test(reference)) return candidates[Number(reference)];
  const name = reference.toLowerCase();
  return candidates.find((stage) => stage.name === name);
}

/** The stage a stage is built on (`FROM <earlier stage>`), if any. */
export function parentStage(model: DockerfileModel, stage: Stage): Stage | undefined {
  const image = stage.from.getImage();
  return image ? findStage(model, image, stage) : undefined;
}

/** The stage and the stages it builds on, nearest first. */
export function stageLineage(model: DockerfileModel, stage: Stage): Stage[] {
  const lineage: Stage[] = [];
  for (let current: Stage | undefined = stage; current && !lineage.includes(current); current = parentStage(model, current)) {
    lineage.push(current);
  }
  return lineage;
}

/** True when the stage's layers end up in the image the build produces (the final stage and its bases). */
export function isShipped(model: DockerfileModel, stage: Stage): boolean {
  return model.finalStage !== undefined && stageLineage(model, model.finalStage).includes(stage);
}

/** How messages name a stage: its name, or its index when unnamed. */
export function stageLabel(stage: Stage): string {
  return stage.name ? `\`${stage.name}\`` : `#${stage.index}`;
}

/** A suffix for messages about findings in a stage that does not ship; empty for shipped stages. */
export function notShippedNote(model: DockerfileModel, stage: Stage | undefined): string {
  if (!stage || isShipped(model, stage)) return "";
  return ` (in builder stage ${stageLabel(stage)}, which is not shipped)`;
}

/** The instructions of a stage and of the stages it builds on, oldest first. */
export function inheritedInstructions(model: DockerfileModel, stage: Stage): Instruction[] {
  return stageLineage(model, stage).reverse().flatMap((each) => each.instructions);
}

/** True when the stage's lineage starts `FROM scratch` (an empty filesystem, working directory `/`). */
export function startsFromScratch(model: DockerfileModel, stage: Stage): boolean {
  return stageLineage(model, stage).at(-1)!.from.getImage()?.toLowerCase() === "scratch";
}
