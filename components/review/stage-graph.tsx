"use client";

import type { Range } from "@/lib/analysis";
import type { StageNode } from "@/lib/client/stage-graph";

const NODE_WIDTH = 150;
const NODE_HEIGHT = 46;
const COLUMN_GAP = 56;
const ROW_GAP = 14;
const PADDING = 8;

interface Props {
  path: string | null;
  stages: StageNode[];
  onSelect(range: Range): void;
}

/** Build stages left to right in dependency order: solid arrows for FROM, dashed for COPY --from. */
export function StageGraph({ path, stages, onSelect }: Props) {
  if (!path) return <p className="text-sm text-ink-muted">Add a Dockerfile to see its build stages.</p>;
  if (!stages.length) return <p className="text-sm text-ink-muted">{path} has no FROM instruction yet.</p>;

  const layout = layoutStages(stages);
  const width = Math.max(...layout.map((node) => node.x)) + NODE_WIDTH + PADDING;
  const height = Math.max(...layout.map((node) => node.y)) + NODE_HEIGHT + PADDING;
  const at = (index: number) => layout[index]!;

  return (
    <div className="space-y-2 text-sm">
      <div className="overflow-auto">
        <svg width={width} height={height} role="group" aria-label={`Build stages of ${path}`} className="block">
          <defs>
            <marker id="stage-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
              <path d="M0,0 L10,5 L0,10 z" fill="var(--ink-muted)" />
            </marker>
          </defs>
          {stages.flatMap((stage) =>
            stage.dependsOn.map((dependency) => {
              const from = at(dependency.index);
              const to = at(stage.index);
              const x1 = from.x + NODE_WIDTH;
              const y1 = from.y + NODE_HEIGHT / 2;
              const x2 = to.x;
              const y2 = to.y + NODE_HEIGHT / 2;
              const bend = Math.max(20, (x2 - x1) / 2);
              return (
                <path
                  key={`${dependency.index}-${stage.index}-${dependency.via}`}
                  d={`M${x1},${y1} C${x1 + bend},${y1} ${x2 - bend},${y2} ${x2},${y2}`}
                  fill="none"
                  stroke="var(--ink-muted)"
                  strokeWidth={1.5}
                  strokeDasharray={dependency.via === "copy" ? "5 4" : undefined}
                  markerEnd="url(#stage-arrow)"
                />
              );
            }),
          )}
          {stages.map((stage) => {
            const { x, y } = at(stage.index);
            const label = stage.name ?? `stage ${stage.index}`;
            const status = stage.ships ? "ships in the image" : stage.needed ? "built, not shipped" : "not needed, skipped by BuildKit";
            return (
              <g
                key={stage.index}
                role="button"
                tabIndex={0}
                aria-label={`Stage ${label} from ${stage.base || "nothing"}, ${status}, line ${stage.range.start.line}`}
                data-stage={label}
                data-ships={stage.ships}
                onClick={() => onSelect(stage.range)}
                onKeyDown={(event) => {
                  if (event.key === "Enter" || event.key === " ") {
                    event.preventDefault();
                    onSelect(stage.range);
                  }
                }}
                className="cursor-pointer outline-none [&:focus-visible>rect]:stroke-[var(--ink)] [&:focus-visible>rect]:stroke-[3]"
              >
                <title>{`${label}: FROM ${stage.base} (${status})`}</title>
                <rect
                  x={x}
                  y={y}
                  width={NODE_WIDTH}
                  height={NODE_HEIGHT}
                  rx={6}
                  fill={stage.ships ? "color-mix(in oklab, var(--accent) 18%, var(--surface))" : "var(--surface)"}
                  stroke={stage.ships ? "var(--accent)" : "var(--line)"}
                  strokeWidth={stage.ships ? 2 : 1.5}
                  strokeDasharray={stage.needed ? undefined : "4 3"}
                />
                <text x={x + 8} y={y + 19} fill="var(--ink)" fontSize={13} fontWeight={600}>
                  {truncate(label, 18)}
                </text>
                <text x={x + 8} y={y + 36} fill="var(--ink-muted)" fontSize={11} fontFamily="var(--font-mono)">
                  {truncate(stage.base, 22)}
                </text>
              </g>
            );
          })}
        </svg>
      </div>
      <p className="text-xs text-ink-muted">
        Highlighted stages ship in the image; dashed boxes are skipped. Solid arrows: built FROM; dashed arrows: COPY --from. Select a stage to
        see its FROM line.
      </p>
    </div>
  );
}

function truncate(text: string, length: number): string {
  return text.length > length ? `${text.slice(0, length - 1)}…` : text;
}

/** Column = longest chain of dependencies before the stage; rows in file order within a column. */
function layoutStages(stages: StageNode[]): Array<{ x: number; y: number }> {
  const depth: number[] = [];
  for (const stage of stages) {
    // Dependencies always point to earlier stages, so their depth is known.
    depth[stage.index] = Math.max(-1, ...stage.dependsOn.map((dependency) => depth[dependency.index] ?? 0)) + 1;
  }
  const rows = new Map<number, number>();
  return stages.map((stage) => {
    const column = depth[stage.index]!;
    const row = rows.get(column) ?? 0;
    rows.set(column, row + 1);
    return { x: PADDING + column * (NODE_WIDTH + COLUMN_GAP), y: PADDING + row * (NODE_HEIGHT + ROW_GAP) };
  });
}
