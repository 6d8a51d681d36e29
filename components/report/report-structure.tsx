"use client";

import { useMemo } from "react";
import type { Range } from "@/lib/analysis";
import type { ImageSizeEstimate } from "@/lib/analysis/size/types";
import { stageGraph } from "@/lib/client/stage-graph";
import { SizePanel } from "@/components/review/size-panel";
import { StageGraph } from "@/components/review/stage-graph";
import { lineAnchor } from "./anchors";

interface Props {
  /** The shared Dockerfile, its index among the report's files (for line anchors) and its estimate. */
  path: string;
  fileIndex: number;
  content: string;
  size: ImageSizeEstimate | null;
  target: string | null;
}

/** The Image size and Stages panels of a shared report, read-only: selecting a layer or stage shows its line. */
export function ReportStructure({ path, fileIndex, content, size, target }: Props) {
  const stages = useMemo(() => stageGraph(content, target), [content, target]);
  const show = (range: Range) => {
    window.location.hash = lineAnchor(fileIndex, range.start.line);
  };
  return (
    <>
      <section aria-labelledby="size-heading" className="rounded-md border border-line bg-surface p-4">
        <h2 id="size-heading" className="mb-2 text-base font-semibold">
          Image size
        </h2>
        <SizePanel path={path} size={size} contextBytes={null} onSelect={show} />
      </section>
      <section aria-labelledby="stages-heading" className="rounded-md border border-line bg-surface p-4">
        <h2 id="stages-heading" className="mb-2 text-base font-semibold">
          Stages
        </h2>
        <StageGraph path={path} stages={stages} onSelect={show} />
      </section>
    </>
  );
}
