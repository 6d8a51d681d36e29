import { describe, expect, it } from "vitest";
import { analyze, analysisEvents } from ".";

const files = [
  { path: "compose.yaml", content: "services:\n  web:\n    build:\n      context: .\n      target: prod\n    restart: always\n" },
  { path: "Dockerfile", content: "FROM node:22-slim AS build\nCOPY . .\n" },
  { path: "notes.txt", content: "hello" },
];

describe("reviewing several files together", () => {
  it("dispatches each file by kind and puts cross-file findings on the file they point at", () => {
    const report = analyze(files);
    expect(report.files.map((file) => [file.path, file.kind])).toEqual([["compose.yaml", "compose"], ["Dockerfile", "dockerfile"], ["notes.txt", "other"]]);
    const compose = report.files[0]!.findings.map((finding) => finding.rule);
    expect(compose).toContain("no-unknown-build-target");
    // With the target missing, nothing else is said about the stage it would have built.
    expect(compose).not.toContain("require-build-healthcheck");
    expect(report.files[1]!.findings.map((finding) => finding.rule)).toContain("require-dockerignore");
    expect(report.files[2]!.findings).toEqual([]);
  });

  it("streams one complete findings event per file, cross-file findings included", () => {
    const events = [...analysisEvents(files)];
    expect(events.map((event) => event.type)).toEqual(["start", "file", "findings", "file", "findings", "file", "findings", "done"]);
    const findings = events.filter((event) => event.type === "findings");
    expect(findings.map((event) => event.path)).toEqual(["compose.yaml", "Dockerfile", "notes.txt"]);
    expect(findings[0]).toEqual({ type: "findings", path: "compose.yaml", findings: analyze(files).files[0]!.findings });
  });

  it("keeps rules that are off by default off, unless the config turns them on", () => {
    const compose = [{ path: "compose.yaml", content: "services:\n  web:\n    image: nginx:1.27\n    ports:\n      - 8080:80\n" }];
    expect(analyze(compose).files[0]!.findings.map((finding) => finding.rule)).not.toContain("require-quoted-ports");
    const enabled = analyze(compose, { config: { rules: { "require-quotes-in-ports": "warning" } } }).files[0]!.findings;
    expect(enabled.find((finding) => finding.rule === "require-quoted-ports")).toMatchObject({ severity: "warning", range: { start: { line: 5, column: 9 } } });
  });
});
