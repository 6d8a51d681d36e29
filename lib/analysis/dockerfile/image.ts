import type { From } from "dockerfile-ast";
import type { DockerfileModel } from "./model";

/** True when a FROM names an earlier stage (or `scratch`) rather than an image from a registry. */
export function isStageOrScratch(model: DockerfileModel, from: From): boolean {
  const image = from.getImage();
  if (!image) return true;
  const lower = image.toLowerCase();
  if (lower === "scratch") return true;
  return model.stages.some((stage) => stage.name === lower && stage.from !== from && stage.from.getRange().start.line < from.getRange().start.line);
}

/** True when the image reference still contains a variable this rule cannot see through. */
export function hasUnresolvedVariable(image: string): boolean {
  return image.includes("$");
}
