import type { Range } from "../types";
import type { DockerfileModel, Stage } from "./model";

/**
 * The range of the tag or digest of a stage's base image. Exact when the text before it is written literally
 * (`node:${VERSION}` → the `${VERSION}` part); otherwise the whole image word.
 */
export function imagePartRange(model: DockerfileModel, stage: Stage, part: "tag" | "digest"): Range {
  const { word, image, value } = stage.base;
  if (!word || !image || value === undefined) return stage.from.range;
  const offset = part === "tag" ? image.tagOffset : image.digestOffset;
  if (offset === undefined || !word.raw.startsWith(value.slice(0, offset))) return word.range;
  const digestAt = part === "tag" && image.digestOffset !== undefined ? word.raw.indexOf("@", offset) : -1;
  const end = digestAt >= 0 ? word.start + digestAt : word.end;
  return model.rangeOf(word.start + offset, end);
}

/** The first stage of the chain a stage builds on (`FROM base` → base's own base…), i.e. the one with an image. */
export function rootStage(stage: Stage): Stage {
  let root = stage;
  const seen = new Set<Stage>();
  while (root.base.stage && !seen.has(root)) {
    seen.add(root);
    root = root.base.stage;
  }
  return root;
}

/** The stages building `stage` needs: itself, what it is built FROM, and what it copies or mounts from. */
export function stagesNeededFor(stage: Stage): Set<Stage> {
  const needed = new Set<Stage>();
  const pending = [stage];
  while (pending.length > 0) {
    const next = pending.pop()!;
    if (needed.has(next)) continue;
    needed.add(next);
    for (const dependency of next.dependencies) if (dependency.stage) pending.push(dependency.stage);
  }
  return needed;
}
