import { describe, expect, it } from "vitest";
import { aFinding } from "../testing/findings";
import type { Finding, Report } from "../types";
import { formatCodeClimate, formatGitlab } from "./gitlab";

const finding = (line: number, overrides: Partial<Finding> = {}): Finding =>
  aFinding({ rule: "pin-os-packages", severity: "info", message: "Pin curl.", range: { start: { line, column: 5 }, end: { line, column: 9 } }, ...overrides });

const issues = (report: Report) => JSON.parse(formatGitlab(report)) as Array<Record<string, unknown> & { fingerprint: string }>;

describe("formatGitlab", () => {
  it("writes Code Quality issues with GitLab's severities and the finding's positions", () => {
    const [issue] = issues({ files: [{ path: "Dockerfile", kind: "dockerfile", findings: [finding(3, { severity: "error" })] }] });
    expect(issue).toEqual({
      type: "issue",
      check_name: "pin-os-packages",
      description: "Pin curl.",
      categories: ["Bug Risk"],
      severity: "critical",
      fingerprint: expect.stringMatching(/^[0-9a-f]{16}$/),
      location: { path: "Dockerfile", positions: { begin: { line: 3, column: 5 }, end: { line: 3, column: 9 } } },
    });
    const severities = issues({ files: [{ path: "Dockerfile", kind: "dockerfile", findings: (["warning", "info", "style"] as const).map((severity) => finding(1, { severity, rule: severity })) }] });
    expect(severities.map((each) => each.severity)).toEqual(["major", "minor", "info"]);
  });

  it("fingerprints issues apart, and alike when only their line moves", () => {
    const before = issues({ files: [{ path: "Dockerfile", kind: "dockerfile", findings: [finding(3), finding(7)] }] });
    const after = issues({ files: [{ path: "Dockerfile", kind: "dockerfile", findings: [finding(5), finding(9)] }] });
    expect(new Set(before.map((issue) => issue.fingerprint)).size).toBe(2);
    expect(after.map((issue) => issue.fingerprint)).toEqual(before.map((issue) => issue.fingerprint));
    // A line a message names moves with the file too.
    const naming = (line: number) => issues({ files: [{ path: "Dockerfile", kind: "dockerfile", findings: [finding(line, { message: `Same as the one on line ${line - 2}.` })] }] })[0]!.fingerprint;
    expect(naming(9)).toBe(naming(12));
    const otherFile = issues({ files: [{ path: "api/Dockerfile", kind: "dockerfile", findings: [finding(3)] }] });
    expect(otherFile[0]!.fingerprint).not.toBe(before[0]!.fingerprint);
  });

  it("writes a Code Climate engine's stream for hadolint's codeclimate: each issue ended by NUL", () => {
    const report: Report = { files: [{ path: "Dockerfile", kind: "dockerfile", findings: [finding(3), finding(7)] }] };
    const stream = formatCodeClimate(report);
    expect(stream.endsWith("\u0000")).toBe(true);
    expect(stream.split("\u0000").slice(0, -1).map((issue) => JSON.parse(issue))).toEqual(issues(report));
  });

  it("is an empty list without findings", () => {
    expect(formatGitlab({ files: [] })).toBe("[]");
  });
});
