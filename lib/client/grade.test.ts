import { describe, expect, it } from "vitest";
import type { Finding, Severity } from "@/lib/analysis";
import { scoreFindings } from "./grade";

const of = (...severities: Severity[]) => severities.map((severity) => ({ severity }) as Finding);

describe("scoreFindings", () => {
  it("grades a clean file A with 100 points", () => {
    expect(scoreFindings([])).toEqual({ score: 100, grade: "A" });
  });
  it("takes points per finding by severity", () => {
    expect(scoreFindings(of("warning"))).toEqual({ score: 90, grade: "A" });
    expect(scoreFindings(of("warning", "warning", "info"))).toEqual({ score: 77, grade: "B" });
    expect(scoreFindings(of("info", "info", "info", "info", "info", "info", "info", "info", "info", "info", "info", "info"))).toEqual({ score: 64, grade: "C" });
    expect(scoreFindings(of("error", "error", "warning"))).toEqual({ score: 40, grade: "D" });
  });
  it("grades a file with an error D at best: the build fails or a secret leaks, however clean the rest", () => {
    expect(scoreFindings(of("error"))).toEqual({ score: 75, grade: "D" });
    expect(scoreFindings(of("error", "warning", "style"))).toEqual({ score: 64, grade: "D" });
    expect(scoreFindings(of("error", "error", "error"))).toEqual({ score: 25, grade: "F" });
  });
  it("never goes below zero", () => {
    expect(scoreFindings(of("error", "error", "error", "error", "error"))).toEqual({ score: 0, grade: "F" });
  });
});
