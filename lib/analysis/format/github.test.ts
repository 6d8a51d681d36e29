import { describe, expect, it } from "vitest";
import { aFinding as finding } from "../testing/findings";
import type { Report } from "../types";
import { formatGithub } from "./github";

describe("formatGithub", () => {
  it("writes one workflow command per finding, at its line and columns (the end inclusive), titled by rule", () => {
    const report: Report = { files: [{ path: "app/Dockerfile", kind: "dockerfile", findings: [finding({})] }] };
    expect(formatGithub(report)).toBe("::warning file=app/Dockerfile,line=1,endLine=1,col=11,endColumn=16,title=no-latest-tag (warning)::Pin it.");
  });

  it("maps info and style to notices, and leaves columns out of a finding over several lines", () => {
    const report: Report = {
      files: [{
        path: "Dockerfile",
        kind: "dockerfile",
        findings: [finding({ severity: "style", rule: "use-consistent-instruction-casing", range: { start: { line: 2, column: 1 }, end: { line: 4, column: 3 } } })],
      }],
    };
    expect(formatGithub(report)).toBe("::notice file=Dockerfile,line=2,endLine=4,title=use-consistent-instruction-casing (style)::Pin it.");
  });

  it("escapes what would end the command or split its properties", () => {
    const report: Report = {
      files: [{ path: "dir,a:b/Dockerfile", kind: "dockerfile", findings: [finding({ severity: "error", message: "100% sure:\nline two, still" })] }],
    };
    expect(formatGithub(report)).toBe(
      "::error file=dir%2Ca%3Ab/Dockerfile,line=1,endLine=1,col=11,endColumn=16,title=no-latest-tag (error)::100%25 sure:%0Aline two, still",
    );
  });

  it("prints nothing without findings", () => {
    expect(formatGithub({ files: [{ path: "Dockerfile", kind: "dockerfile", findings: [] }] })).toBe("");
  });
});
