import { describe, expect, it } from "vitest";
import type { Finding } from "@/lib/analysis";
import { analysisReducer, INITIAL_ANALYSIS, type AnalysisAction, type AnalysisState } from "./analysis-state";
import type { ImageSizeEstimate } from "@/lib/analysis/size/types";

function finding(rule: string, line = 1): Finding {
  const at = { line, column: 1 };
  return { rule, aliases: [], severity: "warning", category: "reliability", message: rule, range: { start: at, end: at }, fixes: [] };
}

const SIZE = { compressedBytes: { estimate: 1, low: 1, high: 1 } } as ImageSizeEstimate;

function run(actions: AnalysisAction[], state: AnalysisState = INITIAL_ANALYSIS): AnalysisState {
  return actions.reduce(analysisReducer, state);
}

const request = (n: number, content = `FROM a:${n}`): AnalysisAction => ({ type: "request", request: n, files: [{ path: "Dockerfile", content }] });
const event = (n: number, e: AnalysisAction & { type: "event" } extends { event: infer E } ? E : never): AnalysisAction => ({
  type: "event",
  request: n,
  event: e,
});

describe("analysisReducer", () => {
  it("shows findings first, then the size, and ends the progress state on done", () => {
    let state = run([request(1), event(1, { type: "file", path: "Dockerfile", kind: "dockerfile" })]);
    expect(state.phase).toBe("waiting");
    state = analysisReducer(state, event(1, { type: "findings", path: "Dockerfile", findings: [finding("no-latest-tag")] }));
    expect(state.phase).toBe("findings");
    expect(state.files.Dockerfile).toMatchObject({ kind: "dockerfile", analyzedContent: "FROM a:1", size: undefined });
    state = analysisReducer(state, event(1, { type: "size", path: "Dockerfile", size: SIZE }));
    expect(state.phase).toBe("size");
    state = analysisReducer(state, event(1, { type: "done", findings: 1, durationMs: 3 }));
    expect(state.phase).toBe("idle");
    expect(state.files.Dockerfile!.size).toBe(SIZE);
  });

  it("drops every event of an older request once a newer one started, even when it arrives later", () => {
    const state = run([
      request(1, "old"),
      request(2, "new"),
      event(2, { type: "findings", path: "Dockerfile", findings: [finding("new-rule")] }),
      event(1, { type: "findings", path: "Dockerfile", findings: [finding("old-rule")] }),
      event(1, { type: "done", findings: 1, durationMs: 1 }),
    ]);
    expect(state.files.Dockerfile!.findings.map((f) => f.rule)).toEqual(["new-rule"]);
    expect(state.files.Dockerfile!.analyzedContent).toBe("new");
    expect(state.phase).toBe("findings");
  });

  it("keeps the previous findings and size while a newer review runs (no flicker)", () => {
    const before = run([
      request(1),
      event(1, { type: "findings", path: "Dockerfile", findings: [finding("a")] }),
      event(1, { type: "size", path: "Dockerfile", size: SIZE }),
      event(1, { type: "done", findings: 1, durationMs: 1 }),
    ]);
    const during = analysisReducer(before, request(2));
    expect(during.files).toBe(before.files);
    expect(during.phase).toBe("waiting");
  });

  it("says there is no size estimate when a finished review sent none, and forgets files no longer sent", () => {
    const state = run([
      { type: "request", request: 1, files: [{ path: "Dockerfile", content: "x" }, { path: "compose.yaml", content: "y" }] },
      event(1, { type: "findings", path: "Dockerfile", findings: [] }),
      event(1, { type: "findings", path: "compose.yaml", findings: [] }),
      event(1, { type: "done", findings: 0, durationMs: 1 }),
      request(2),
      event(2, { type: "findings", path: "Dockerfile", findings: [] }),
      event(2, { type: "done", findings: 0, durationMs: 1 }),
    ]);
    expect(Object.keys(state.files)).toEqual(["Dockerfile"]);
    expect(state.files.Dockerfile!.size).toBeNull();
  });

  it("ignores event types it does not know", () => {
    const before = run([request(1)]);
    const after = analysisReducer(before, { type: "event", request: 1, event: { type: "stages", path: "Dockerfile" } as never });
    expect(after).toBe(before);
  });

  it("clears the findings and shows the message when the request fails", () => {
    const state = run([request(1), event(1, { type: "findings", path: "Dockerfile", findings: [finding("a")] }), { type: "failed", request: 1, message: "Too large" }]);
    expect(state).toMatchObject({ files: {}, error: "Too large", phase: "idle" });
  });
});
