import type { Category, Finding, Report, Severity } from "../types";

/**
 * A GitLab Code Quality report (the Code Climate issue format GitLab reads from `artifacts:reports:codequality`),
 * shown in merge requests as the issues a change adds or fixes.
 */
const SEVERITY: Record<Severity, string> = { error: "critical", warning: "major", info: "minor", style: "info" };

/** Code Climate's own categories (its SPEC.md allows no others): ours mapped onto the nearest. */
const CATEGORY: Record<Category, string> = {
  security: "Security",
  reliability: "Bug Risk",
  correctness: "Bug Risk",
  size: "Performance",
  performance: "Performance",
  maintainability: "Clarity",
  style: "Style",
};

interface CodeQualityIssue {
  type: "issue";
  check_name: string;
  description: string;
  categories: string[];
  severity: string;
  fingerprint: string;
  location: { path: string; positions: { begin: { line: number; column: number }; end: { line: number; column: number } } };
}

/**
 * 64 bits of FNV-1a as hex: stable across runs and machines, with no dependency (the library has no crypto API).
 * Fingerprints only tell issues apart; they guard nothing.
 */
function fnv1a64(text: string): string {
  let hash = 0xcbf29ce484222325n;
  for (let i = 0; i < text.length; i++) hash = BigInt.asUintN(64, (hash ^ BigInt(text.charCodeAt(i))) * 0x100000001b3n);
  return hash.toString(16).padStart(16, "0");
}

/**
 * What names an issue across commits: the file, the rule, the message, and which of the same it is. Not the line: an
 * edit above it would make GitLab report the unchanged issue as fixed and found again; so line numbers a message
 * names ("the one on line 4") are left out too.
 */
function fingerprints(path: string, findings: readonly Finding[]): string[] {
  const seen = new Map<string, number>();
  return findings.map((finding) => {
    const identity = `${path}\u0000${finding.rule}\u0000${finding.message.replace(/\b(lines?) \d+(?:[–-]\d+)?/g, "$1 #")}`;
    const occurrence = seen.get(identity) ?? 0;
    seen.set(identity, occurrence + 1);
    return fnv1a64(`${identity}\u0000${occurrence}`);
  });
}

function codeQualityIssues(report: Report): CodeQualityIssue[] {
  return report.files.flatMap((file) => {
    const prints = fingerprints(file.path, file.findings);
    return file.findings.map((finding, index) => ({
      type: "issue",
      check_name: finding.rule,
      description: finding.message,
      categories: [CATEGORY[finding.category]],
      severity: SEVERITY[finding.severity],
      fingerprint: prints[index]!,
      location: { path: file.path, positions: { begin: { ...finding.range.start }, end: { ...finding.range.end } } },
    }));
  });
}

export function formatGitlab(report: Report): string {
  return JSON.stringify(codeQualityIssues(report), null, 2);
}

/** A Code Climate engine's output, as hadolint's `codeclimate` writes it: each issue's JSON ended by a NUL character. */
export function formatCodeClimate(report: Report): string {
  return codeQualityIssues(report).map((issue) => `${JSON.stringify(issue)}\u0000`).join("");
}
