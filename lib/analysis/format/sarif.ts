import type * as Sarif from "sarif";
import { findRule } from "../rules";
import type { Finding, Range, Report, Severity } from "../types";
import { ENGINE_VERSION } from "../version";
import { ruleUrl, SHIPSHAPE_URL } from "./links";

export interface SarifOptions {
  rulesBaseUrl?: string;
}

/** SARIF has no "style": style findings are notes, like info. */
const LEVEL: Record<Severity, Sarif.Result.level> = { error: "error", warning: "warning", info: "note", style: "note" };

function region(range: Range): Sarif.Region {
  // Both use 1-based lines and columns with an exclusive end column; columnKind says the unit.
  return { startLine: range.start.line, startColumn: range.start.column, endLine: range.end.line, endColumn: range.end.column };
}

function describeRule(id: string, sample: Finding, rulesBaseUrl: string | undefined): Sarif.ReportingDescriptor {
  const rule = findRule(id);
  const helpUri = ruleUrl(id, rulesBaseUrl);
  if (!rule) {
    return { id, helpUri, shortDescription: { text: id }, defaultConfiguration: { level: LEVEL[sample.severity] }, properties: { tags: [sample.category] } };
  }
  const { docs } = rule.meta;
  return {
    id,
    name: id,
    shortDescription: { text: docs.summary },
    fullDescription: { text: docs.whatItDoes },
    help: { text: `${docs.whyItMatters}\n\nExample:\n${docs.example}\n\nUse instead:\n${docs.useInstead}`, markdown: `${docs.whyItMatters}\n\nExample:\n\`\`\`\n${docs.example}\n\`\`\`\n\nUse instead:\n\`\`\`\n${docs.useInstead}\n\`\`\`` },
    helpUri,
    defaultConfiguration: { level: LEVEL[rule.meta.severity] },
    properties: { tags: [rule.meta.category], aliases: rule.meta.aliases },
  };
}

function fixesOf(finding: Finding, uri: string): Sarif.Fix[] | undefined {
  const fixes = finding.fixes.filter((fix) => fix.applicability === "safe");
  if (fixes.length === 0) return undefined;
  return fixes.map((fix) => ({
    description: { text: fix.title },
    artifactChanges: [{ artifactLocation: { uri }, replacements: fix.edits.map((edit) => ({ deletedRegion: region(edit.range), insertedContent: { text: edit.text } })) }],
  }));
}

/**
 * Paths become URIs (forward slashes, percent-encoded): relative ones as code-scanning tools expect, an absolute one
 * (`/srv/app/Dockerfile`, `C:\\app\\Dockerfile`) a `file://` URI, since a bare absolute path is no URI (SARIF §3.4.4).
 */
function artifactUri(path: string): string {
  const slashed = path.replace(/\\/g, "/").replace(/^\.\//, "");
  const drive = /^[A-Za-z]:\//.exec(slashed)?.[0];
  const encoded = (drive ? slashed.slice(drive.length) : slashed).split("/").map(encodeURIComponent).join("/");
  if (drive) return `file:///${drive}${encoded}`;
  return slashed.startsWith("/") ? `file://${encoded}` : encoded;
}

/** SARIF 2.1.0, for GitHub code scanning and other SARIF viewers. */
export function formatSarif(report: Report, options: SarifOptions = {}): string {
  const rules: Sarif.ReportingDescriptor[] = [];
  const ruleIndex = new Map<string, number>();
  const results: Sarif.Result[] = [];
  for (const file of report.files) {
    const uri = artifactUri(file.path);
    for (const finding of file.findings) {
      if (!ruleIndex.has(finding.rule)) {
        ruleIndex.set(finding.rule, rules.length);
        rules.push(describeRule(finding.rule, finding, options.rulesBaseUrl));
      }
      const fixes = fixesOf(finding, uri);
      results.push({
        ruleId: finding.rule,
        ruleIndex: ruleIndex.get(finding.rule)!,
        level: LEVEL[finding.severity],
        message: { text: finding.message },
        locations: [{ physicalLocation: { artifactLocation: { uri }, region: region(finding.range) } }],
        ...(fixes ? { fixes } : {}),
        properties: { severity: finding.severity, category: finding.category },
      });
    }
  }
  const log: Sarif.Log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: { driver: { name: "shipshape", version: ENGINE_VERSION, informationUri: SHIPSHAPE_URL, rules } },
        columnKind: "utf16CodeUnits",
        results,
      },
    ],
  };
  return JSON.stringify(log, null, 2);
}
