import { describe, expect, it } from "vitest";
import { stageGraph } from "./stage-graph";

const MULTI_STAGE = `# syntax=docker/dockerfile:1
FROM node:22 AS deps
RUN npm ci

FROM deps AS build
RUN --mount=type=cache,from=tools,target=/t npm run build

FROM golang:1.23 AS Tools
FROM node:22-slim AS runtime
COPY --from=build /app/dist /app \\
     --chown=node
COPY --from=0 /app/node_modules /app/node_modules
FROM runtime AS debug
`;

describe("stageGraph", () => {
  it("lists the stages with their bases, FROM lines and dependencies", () => {
    const stages = stageGraph(MULTI_STAGE);
    expect(stages.map(({ index, name, base, dependsOn }) => ({ index, name, base, dependsOn }))).toEqual([
      { index: 0, name: "deps", base: "node:22", dependsOn: [] },
      { index: 1, name: "build", base: "deps", dependsOn: [{ index: 0, via: "from" }] },
      { index: 2, name: "tools", base: "golang:1.23", dependsOn: [] },
      { index: 3, name: "runtime", base: "node:22-slim", dependsOn: [{ index: 1, via: "copy" }, { index: 0, via: "copy" }] },
      { index: 4, name: "debug", base: "runtime", dependsOn: [{ index: 3, via: "from" }] },
    ]);
    expect(stages[1]!.range).toEqual({ start: { line: 5, column: 1 }, end: { line: 5, column: 19 } });
  });

  it("ships the last stage and the stages it is built on; copied-from stages are needed but do not ship", () => {
    const stages = stageGraph(MULTI_STAGE);
    expect(stages.map((stage) => [stage.name, stage.ships, stage.needed])).toEqual([
      ["deps", false, true],
      ["build", false, true],
      ["tools", false, false],
      ["runtime", true, true],
      ["debug", true, true],
    ]);
  });

  it("follows the build target", () => {
    const stages = stageGraph(MULTI_STAGE, "Build");
    expect(stages.filter((stage) => stage.ships).map((stage) => stage.name)).toEqual(["deps", "build"]);
    expect(stages.filter((stage) => stage.needed).map((stage) => stage.name)).toEqual(["deps", "build"]);
  });

  it("copes with text that is not a Dockerfile", () => {
    expect(stageGraph("")).toEqual([]);
    expect(stageGraph("RUN echo hi\nFROM")).toMatchObject([{ base: "", name: null, ships: true }]);
  });
});
