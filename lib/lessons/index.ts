import { lesson as pinVersions } from "./pin-versions";
import { lesson as smallLayers } from "./small-layers";
import { lesson as multiStage } from "./multi-stage";
import { lesson as nonRoot } from "./non-root";
import { lesson as buildSecrets } from "./build-secrets";
import { lesson as layerCache } from "./layer-cache";
import { lesson as shellInRun } from "./shell-in-run";
import { lesson as composeProduction } from "./compose-production";
import type { Lesson } from "./types";

export type { Lesson, LessonFile } from "./types";

/** The course, in the order it is best taken: each lesson stands alone, later ones assume the earlier practices. */
export const LESSONS: readonly Lesson[] = [pinVersions, smallLayers, layerCache, multiStage, nonRoot, buildSecrets, shellInRun, composeProduction];

export function findLesson(id: string): Lesson | undefined {
  return LESSONS.find((lesson) => lesson.id === id);
}
