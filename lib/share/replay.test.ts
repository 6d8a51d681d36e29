import { describe, expect, it } from "vitest";
import { analyze } from "../analysis";
import { replay } from "./replay";

describe("replay", () => {
  const files = [{ path: "Dockerfile", content: "FROM node:latest\nCMD node server.js\n" }];
  const document = { schemaVersion: 1 as const, workspace: { files }, engineVersion: "0.0.1", report: analyze(files), redactions: [] };

  it("reports no change when today's engine agrees", () => {
    const result = replay(document);
    expect(result.added).toEqual([]);
    expect(result.removed).toEqual([]);
  });

  it("lists findings added and removed since the share", () => {
    const old = structuredClone(document);
    const file = old.report.files[0]!;
    const dropped = file.findings.shift()!;
    file.findings.push({ ...dropped, rule: "retired-rule" });
    const result = replay(old);
    expect(result.added.map((a) => a.finding.rule)).toEqual([dropped.rule]);
    expect(result.removed.map((r) => r.finding.rule)).toEqual(["retired-rule"]);
  });

  it("uses the shared config", () => {
    const result = replay({ ...document, workspace: { files, config: { rules: { "no-latest-tag": "off" } } } });
    expect(result.current.files[0]!.findings.map((f) => f.rule)).not.toContain("no-latest-tag");
    expect(result.removed.map((r) => r.finding.rule)).toEqual(["no-latest-tag"]);
  });

  it("remembers a report's replay by its id, the most recently viewed kept", () => {
    const first = replay(document, "report-a");
    expect(replay(structuredClone(document), "report-a")).toBe(first);
    expect(replay(document, "report-b")).not.toBe(first);
    // Without an id nothing is remembered.
    expect(replay(document)).not.toBe(replay(document));
  });
});
