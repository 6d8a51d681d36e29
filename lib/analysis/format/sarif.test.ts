import { describe, expect, it } from "vitest";
import { z } from "zod";
import { analyze } from "../engine";
import type { Report } from "../types";
import { ENGINE_VERSION } from "../version";
import { formatSarif } from "./sarif";

/**
 * The parts of the SARIF 2.1.0 schema (docs.oasis-open.org/sarif/sarif/v2.1.0) that consumers such as
 * GitHub code scanning rely on, written out because the schema cannot be fetched here. Strict where the
 * schema is: required properties, the level enum, integer positions of at least 1.
 */
const position = z.number().int().min(1);
const regionSchema = z.object({ startLine: position, startColumn: position, endLine: position, endColumn: position });
const message = z.object({ text: z.string().min(1) });
const sarifSchema = z.object({
  $schema: z.string().url(),
  version: z.literal("2.1.0"),
  runs: z
    .array(
      z.object({
        tool: z.object({
          driver: z.object({
            name: z.string().min(1),
            version: z.string(),
            informationUri: z.string().url(),
            rules: z.array(
              z.object({
                id: z.string().min(1),
                helpUri: z.string().url(),
                shortDescription: message,
                defaultConfiguration: z.object({ level: z.enum(["none", "note", "warning", "error"]) }),
              }),
            ),
          }),
        }),
        columnKind: z.enum(["utf16CodeUnits", "unicodeCodePoints"]),
        results: z.array(
          z.object({
            ruleId: z.string(),
            ruleIndex: z.number().int().min(0),
            level: z.enum(["none", "note", "warning", "error"]),
            message,
            locations: z.array(z.object({ physicalLocation: z.object({ artifactLocation: z.object({ uri: z.string().min(1) }), region: regionSchema }) })).min(1),
            fixes: z
              .array(z.object({ description: message, artifactChanges: z.array(z.object({ artifactLocation: z.object({ uri: z.string() }), replacements: z.array(z.object({ deletedRegion: regionSchema, insertedContent: z.object({ text: z.string() }) })).min(1) })).min(1) }))
              .optional(),
          }),
        ),
      }),
    )
    .length(1),
});

const report = analyze([
  { path: "./services/api/Dockerfile", content: "FROM node:latest\nCMD node server.js\n" },
  { path: "web app/Dockerfile", content: "FROM python\n" },
]);

describe("formatSarif", () => {
  it("produces a log that matches the SARIF 2.1.0 essentials, with consistent rule indexes", () => {
    const log = sarifSchema.parse(JSON.parse(formatSarif(report)));
    const run = log.runs[0]!;
    expect(run.tool.driver).toMatchObject({ name: "shipshape", version: ENGINE_VERSION });
    const ids = run.tool.driver.rules.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const result of run.results) expect(run.tool.driver.rules[result.ruleIndex]?.id).toBe(result.ruleId);
    expect(run.results).toHaveLength(report.files.flatMap((file) => file.findings).length);
  });

  it("maps each finding's exact range, level, message, relative URI and safe fix", () => {
    const run = JSON.parse(formatSarif(report, { rulesBaseUrl: "https://example.test/docs/" })).runs[0];
    const execForm = run.results.find((result: { ruleId: string }) => result.ruleId === "use-exec-form");
    expect(execForm).toMatchObject({
      level: "warning",
      message: { text: expect.stringContaining("shell form") },
      locations: [{ physicalLocation: { artifactLocation: { uri: "services/api/Dockerfile" }, region: { startLine: 2, startColumn: 5, endLine: 2, endColumn: 19 } } }],
      fixes: [
        {
          description: { text: "Rewrite CMD in exec form" },
          artifactChanges: [{ artifactLocation: { uri: "services/api/Dockerfile" }, replacements: [{ deletedRegion: { startLine: 2, startColumn: 5, endLine: 2, endColumn: 19 }, insertedContent: { text: '["node", "server.js"]' } }] }],
        },
      ],
    });
    const untagged = run.results.find((result: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) => result.locations[0]!.physicalLocation.artifactLocation.uri === "web%20app/Dockerfile");
    expect(untagged).toBeDefined();
    expect(run.tool.driver.rules.find((rule: { id: string }) => rule.id === "no-latest-tag")).toMatchObject({
      helpUri: "https://example.test/docs/no-latest-tag",
      properties: { aliases: ["DL3007"], tags: ["reliability"] },
    });
  });

  it("maps info and style to note, and describes a finding whose rule is not registered", () => {
    const custom: Report = {
      files: [
        {
          path: "Dockerfile",
          kind: "dockerfile",
          findings: (["info", "style", "error"] as const).map((severity) => ({ rule: "internal-error", aliases: [], severity, category: "correctness", message: "m", range: { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } }, fixes: [] })),
        },
      ],
    };
    const log = sarifSchema.parse(JSON.parse(formatSarif(custom)));
    expect(log.runs[0]!.results.map((result) => result.level)).toEqual(["note", "note", "error"]);
    expect(log.runs[0]!.tool.driver.rules).toHaveLength(1);
  });

  it("writes an absolute path as a file:// URI, since a bare one is no URI", () => {
    const finding = { rule: "x", aliases: [], severity: "error" as const, category: "security" as const, message: "m", range: { start: { line: 1, column: 1 }, end: { line: 1, column: 2 } }, fixes: [] };
    const uris = ["/srv/my app/Dockerfile", "C:\\app\\Dockerfile", "./api/Dockerfile"].map((path) => {
      const log = JSON.parse(formatSarif({ files: [{ path, kind: "dockerfile", findings: [finding] }] }));
      return log.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri as string;
    });
    expect(uris).toEqual(["file:///srv/my%20app/Dockerfile", "file:///C:/app/Dockerfile", "api/Dockerfile"]);
  });

  it("is valid with no findings", () => {
    const log = sarifSchema.parse(JSON.parse(formatSarif({ files: [] })));
    expect(log.runs[0]!.results).toEqual([]);
  });
});
