import { describe, expect, it } from "vitest";
import { analyzeFile } from "./engine";

const consecutiveRuns = { path: "Dockerfile", content: "FROM debian:12-slim\nRUN apt-get update\nRUN make\n" };

describe("opt-in rules (enabledByDefault: false)", () => {
  it("do not run unless the config names them", () => {
    expect(analyzeFile(consecutiveRuns).findings.map((finding) => finding.rule)).not.toContain("no-consecutive-run");
  });

  it("run when the config sets a severity, by id or by alias", () => {
    for (const name of ["no-consecutive-run", "DL3059"]) {
      const findings = analyzeFile(consecutiveRuns, { config: { rules: { [name]: "warning" } } }).findings;
      expect(findings.filter((finding) => finding.rule === "no-consecutive-run").map((finding) => finding.severity)).toEqual(["warning"]);
    }
  });
});

describe("rule options", () => {
  it("reach the rules that read them", () => {
    const file = { path: "Dockerfile", content: "FROM quay.io/acme/api:1\n" };
    expect(analyzeFile(file).findings.map((finding) => finding.rule)).not.toContain("require-trusted-registry");
    const configured = analyzeFile(file, { config: { ruleOptions: { trustedRegistries: ["docker.io"] } } });
    expect(configured.findings.map((finding) => finding.rule)).toContain("require-trusted-registry");
  });
});
