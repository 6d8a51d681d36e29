import { describe, expect, it } from "vitest";
import { contextSizeProblem, makeWorkspace, pathProblem, unusedPath, workspaceReducer, languageOf } from "./workspace";
import { fromStored, readSettings, toStored } from "./workspace-storage";

describe("workspaceReducer", () => {
  const workspace = makeWorkspace([
    { path: "Dockerfile", content: "FROM a" },
    { path: "compose.yaml", content: "services: {}" },
    { path: ".dockerignore", content: "node_modules" },
  ]);
  const [dockerfile, compose, ignore] = workspace.files;

  it("opens the neighbour when the open tab is closed", () => {
    const opened = workspaceReducer(workspace, { type: "activate", id: compose!.id });
    const closed = workspaceReducer(opened, { type: "close", id: compose!.id });
    expect(closed.files.map((file) => file.path)).toEqual(["Dockerfile", ".dockerignore"]);
    expect(closed.activeId).toBe(ignore!.id);
    const last = workspaceReducer(workspaceReducer(closed, { type: "close", id: ignore!.id }), { type: "close", id: dockerfile!.id });
    expect(last).toMatchObject({ files: [], activeId: null });
  });

  it("reopens a closed file where it was, open, under a free name", () => {
    const closed = workspaceReducer(workspace, { type: "close", id: compose!.id });
    const reopened = workspaceReducer(closed, { type: "reopen", file: compose!, index: 1 });
    expect(reopened.files).toEqual(workspace.files);
    expect(reopened.activeId).toBe(compose!.id);
    // Undo twice does not duplicate it.
    expect(workspaceReducer(reopened, { type: "reopen", file: compose!, index: 1 })).toBe(reopened);
    const taken = workspaceReducer(closed, { type: "add", file: { id: "new", path: "compose.yaml", content: "" } });
    expect(workspaceReducer(taken, { type: "reopen", file: compose!, index: 1 }).files.map((file) => file.path)).toEqual([
      "Dockerfile",
      "compose.2.yaml",
      ".dockerignore",
      "compose.yaml",
    ]);
  });

  it("renames a file and keeps its id, so its editor model and undo history stay", () => {
    const renamed = workspaceReducer(workspace, { type: "rename", id: dockerfile!.id, path: " web.Dockerfile " });
    expect(renamed.files[0]).toEqual({ id: dockerfile!.id, path: "web.Dockerfile", content: "FROM a" });
  });

  it("refuses empty and duplicate names but lets a file keep its own", () => {
    expect(pathProblem(" ", workspace.files)).toBe("Give the file a name.");
    expect(pathProblem("compose.yaml", workspace.files)).toBe("There is already a file named compose.yaml.");
    expect(pathProblem("./compose.yaml", workspace.files)).toBe("There is already a file named compose.yaml.");
    expect(pathProblem("compose.yaml", workspace.files, compose!.id)).toBeNull();
  });

  it("proposes a free name that keeps the extension last", () => {
    expect(unusedPath("compose.yaml", workspace.files)).toBe("compose.2.yaml");
    expect(unusedPath("Dockerfile", workspace.files)).toBe("Dockerfile.2");
    expect(unusedPath("package.json", workspace.files)).toBe("package.json");
  });

  it("picks the editor language from the kind and the name", () => {
    expect(languageOf("dockerfile", "Dockerfile")).toBe("dockerfile");
    expect(languageOf("compose", "compose.yaml")).toBe("yaml");
    expect(languageOf("other", "values.yml")).toBe("yaml");
    expect(languageOf("dockerignore", ".dockerignore")).toBe("plaintext");
  });
});

describe("workspace storage", () => {
  it("round-trips files, the open tab and the settings", () => {
    const workspace = makeWorkspace([{ path: "Dockerfile", content: "FROM a" }, { path: "compose.yaml", content: "" }], { profile: "strict", target: "build" });
    const opened = workspaceReducer(workspace, { type: "activate", id: workspace.files[1]!.id });
    const restored = fromStored(JSON.parse(JSON.stringify(toStored(opened))))!;
    expect(restored.files.map(({ path, content }) => ({ path, content }))).toEqual([{ path: "Dockerfile", content: "FROM a" }, { path: "compose.yaml", content: "" }]);
    expect(restored.files.find((file) => file.id === restored.activeId)?.path).toBe("compose.yaml");
    expect(restored.settings).toEqual(opened.settings);
  });

  it("rejects entries that are not a version-1 workspace", () => {
    expect(fromStored(null)).toBeNull();
    expect(fromStored({ version: 2, files: [] })).toBeNull();
    expect(fromStored({ version: 1 })).toBeNull();
  });

  it("keeps only valid settings", () => {
    expect(readSettings({ profile: "loud", severities: ["error", "nope"], target: 3, buildArgs: [], assumptions: { contextBytes: -1 } })).toEqual({
      profile: "recommended",
      severities: ["error"],
      target: null,
      buildArgs: {},
      assumptions: { contextBytes: null },
    });
    // Build arguments keep the entries the review would take.
    expect(readSettings({ buildArgs: { NODE_VERSION: "22", "BAD NAME": "x", COUNT: 3 } }).buildArgs).toEqual({ NODE_VERSION: "22" });
  });

  it("drops a stored build-context size the API would refuse, so a reload does not stay broken", () => {
    const contextBytes = (value: unknown) => readSettings({ assumptions: { contextBytes: value } }).assumptions.contextBytes;
    expect(contextBytes(250_000_000)).toBe(250_000_000);
    expect(contextBytes(1e13)).toBe(1e13);
    expect(contextBytes(1e15)).toBeNull();
    expect(contextBytes(1.5)).toBeNull();
    expect(contextBytes("5")).toBeNull();
  });
});

describe("contextSizeProblem", () => {
  it("accepts sizes from 0 to 10 TB and names the field in every refusal", () => {
    expect(contextSizeProblem(0)).toBeNull();
    expect(contextSizeProblem(10_000_000)).toBeNull();
    expect(contextSizeProblem(10_000_001)).toBe("Build context size must be at most 10,000,000 MB (10 TB).");
    expect(contextSizeProblem(-5)).toBe("Build context size cannot be negative.");
    expect(contextSizeProblem(Number.NaN)).toBe("Build context size must be a number of megabytes.");
  });
});
