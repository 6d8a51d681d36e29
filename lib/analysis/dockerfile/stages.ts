import { flatMapped } from "../arrays";
import type { Range } from "../types";
import type { DockerfileModel, Instruction, Span, Stage, StageDependency } from "./model";
import { derived, DerivedKey, derivedIfKnown } from "../derived";

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
  // Kept on each stage: rules ask for every stage, and a chain of thousands of stages made walking it quadratic.
  return derivedAlongLineage(stage, ROOT, null, (inherited, each) => inherited ?? each)!;
}

const ROOT = new DerivedKey<Stage | null>("root stage");

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

/**
 * A value of a stage made from its parent's (the stage it builds on; `root` for a stage on an image) and its own
 * instructions, kept on each stage: one step per stage however long the chain, where reading the whole lineage for
 * every stage was quadratic. Walks up to the nearest stage that has it, then back down, without recursion.
 */
export function derivedAlongLineage<Value>(stage: Stage, key: DerivedKey<Value>, root: Value, extend: (inherited: Value, stage: Stage) => Value): Value {
  const pending: Stage[] = [];
  let value: Value | undefined;
  for (let each: Stage | undefined = stage; each; each = each.base.stage) {
    value = derivedIfKnown(each, key);
    if (value !== undefined) break;
    pending.push(each);
  }
  let current = value ?? root;
  for (const each of pending.reverse()) {
    const inherited = current;
    current = derived(each, key, () => extend(inherited, each));
  }
  return current;
}

/** The stage and the stages it builds on (`FROM <stage>`), nearest first. */
export function stageLineage(stage: Stage): Stage[] {
  const lineage: Stage[] = [];
  // A set, not `lineage.includes`: thousands of stages built on one another made that quadratic per stage.
  const seen = new Set<Stage>();
  for (let current: Stage | undefined = stage; current && !seen.has(current); current = current.base.stage) {
    seen.add(current);
    lineage.push(current);
  }
  return lineage;
}

const INHERITED = new DerivedKey<readonly Instruction[]>("inherited instructions");

/** The instructions of a stage and of the stages it builds on, oldest first (computed once per stage). */
export function inheritedInstructions(stage: Stage): readonly Instruction[] {
  return derived(stage, INHERITED, () => flatMapped(stageLineage(stage).reverse(), (each) => each.instructions));
}

/** The RUN instructions of the stages that ship, in file order: what size rules judge. */
export function shippedRuns(model: DockerfileModel): Instruction[] {
  return model.instructions.filter((instruction) => instruction.keyword === "RUN" && instruction.stage?.ships === true);
}

/** How messages name a stage: its name, or its index when unnamed. */
export function stageLabel(stage: Stage): string {
  return stage.name ? `\`${stage.name}\`` : `#${stage.index}`;
}

/** A suffix for messages about findings in a stage that does not ship; empty for shipped stages. */
export function notShippedNote(stage: Stage | undefined): string {
  if (!stage || stage.ships) return "";
  return ` (in builder stage ${stageLabel(stage)}, which is not shipped)`;
}

/** The stage a reference (`name` or index, as in `--from=`) names anywhere in the file, earlier or later. */
export function stageNamed(model: DockerfileModel, reference: string): Stage | undefined {
  const lower = reference.toLowerCase();
  return /^[0-9]+$/.test(lower) ? model.stages[Number(lower)] : model.stages.find((stage) => stage.name === lower);
}

/**
 * The span of a dependency's reference as written: the `--from=` value, the `FROM` image word, or the `from=` part of
 * a `--mount` value (the whole flag value when quoting makes the offsets unsure).
 */
export function referenceSpan(model: DockerfileModel, dependency: StageDependency): Span & { text: string } {
  const { word, via } = dependency;
  const option = via === "mount" && word.raw === word.value ? /(?:^|,)from=([^,]*)/.exec(word.raw) : null;
  if (!option) return { start: word.start, end: word.end, range: word.range, text: word.value };
  const start = word.start + option.index + option[0].length - option[1]!.length;
  const end = start + option[1]!.length;
  return { start, end, range: model.rangeOf(start, end), text: option[1]! };
}
