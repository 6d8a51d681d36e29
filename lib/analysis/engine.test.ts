import { describe, expect, it } from "vitest";
import { parseConfig } from "./config";
import { analyze, analyzeFile, type AnalyzeOptions } from "./engine";
import type { SourceFile } from "./types";

const BAD = "FROM node:latest\nCMD node server.js\n";

/** The rules these tests are about; the rest of the catalogue (e.g. `use-syntax-directive`) would only add noise. */
const SUBJECTS = new Set([
  "no-latest-tag", "no-untagged-image", "no-root-user", "use-exec-form", "no-apt-lists-left", "prefer-copy", "no-maintainer",
  "unknown-rule-in-pragma", "no-consecutive-run", "require-trusted-registry",
]);

function rulesOf(content: string, options: AnalyzeOptions = {}): string[] {
  return analyzeFile({ path: "Dockerfile", content }, options).findings
    .filter((finding) => SUBJECTS.has(finding.rule))
    .map((finding) => `${finding.range.start.line}:${finding.rule}:${finding.severity}`)
    .sort();
}

describe("suppressions", () => {
  it("# hadolint ignore= silences the next instruction only, by DL code", () => {
    const content = "# hadolint ignore=DL3007, DL3002\nFROM node:latest\nFROM node:latest\n";
    expect(rulesOf(content)).toEqual(["3:no-latest-tag:warning", "3:no-root-user:warning"]);
  });

  it("# hadolint global ignore= and # shipshape-ignore-file silence the whole file", () => {
    expect(rulesOf(`${BAD}# hadolint global ignore=DL3007\n`)).toEqual(["1:no-root-user:warning", "2:use-exec-form:warning"]);
    expect(rulesOf(`# shipshape-ignore-file use-exec-form,no-root-user -- legacy image\n${BAD}`)).toEqual(["2:no-latest-tag:warning"]);
  });

  it("# shipshape-ignore silences the next instruction, accepting ids and BuildKit names", () => {
    const content = "FROM node:22\nUSER node\n# shipshape-ignore JSONArgsRecommended -- needs a shell\nCMD node a.js\nCMD node b.js\n";
    expect(rulesOf(content)).toEqual(["5:use-exec-form:warning"]);
  });

  it("# hadolint stage ignore= covers the stage that follows", () => {
    const content = "# hadolint stage ignore=DL3007\nFROM node:latest AS a\nRUN true\nFROM node:latest\nUSER node\n";
    expect(rulesOf(content)).toEqual(["4:no-latest-tag:warning"]);
  });

  it("Docker's # check=skip= and error=true apply to the rules with a BuildKit name", () => {
    expect(rulesOf(`# check=skip=JSONArgsRecommended\n${BAD}`)).toEqual(["2:no-latest-tag:warning", "2:no-root-user:warning"]);
    expect(rulesOf(`# check=skip=all\n${BAD}`)).toEqual(["2:no-latest-tag:warning", "2:no-root-user:warning"]);
    expect(rulesOf(`# check=error=true\n${BAD}`)).toEqual(["2:no-latest-tag:warning", "2:no-root-user:warning", "3:use-exec-form:error"]);
  });

  it("disable-ignore-pragma turns inline suppressions off, and unknown names are reported, not silently dropped", () => {
    const content = "# hadolint ignore=DL3007\nFROM node:latest\nUSER node\n";
    expect(rulesOf(content, { config: { disableIgnorePragma: true } })).toEqual(["2:no-latest-tag:warning"]);
    expect(rulesOf("# hadolint ignore=DL3007,NOPE\nFROM node:latest\nUSER node\n")).toEqual(["1:unknown-rule-in-pragma:warning"]);
  });
});

function reviewed(files: SourceFile[], options: AnalyzeOptions = {}): string[] {
  return analyze(files, options).files.flatMap((file) => file.findings.map((finding) => `${file.path}:${finding.range.start.line}:${finding.rule}`)).sort();
}

describe("suppressions in compose and .dockerignore files", () => {
  const compose = (comment: string) =>
    `services:\n  db:\n    image: postgres:16\n    restart: always\n${comment}    ports:\n      - "5432:5432"\n    healthcheck:\n      test: ["CMD", "pg_isready"]\n`;
  const options: AnalyzeOptions = { config: { rules: { "require-resource-limits": "off", "require-log-rotation": "off", "require-no-new-privileges": "off" } } };

  it("# shipshape-ignore above a key covers the key and what is nested under it", () => {
    expect(reviewed([{ path: "compose.yaml", content: compose("") }], options)).toEqual(["compose.yaml:6:no-published-database-port"]);
    expect(reviewed([{ path: "compose.yaml", content: compose("    # shipshape-ignore no-published-database-port -- local development only\n") }], options)).toEqual([]);
    // The comment above the list item works too; one above the next key does not reach back.
    const aboveItem = compose("").replace('      - "5432:5432"', '      # shipshape-ignore no-published-database-port\n      - "5432:5432"');
    expect(reviewed([{ path: "compose.yaml", content: aboveItem }], options)).toEqual([]);
    const below = compose("").replace("    healthcheck:", "    # shipshape-ignore no-published-database-port\n    healthcheck:");
    expect(reviewed([{ path: "compose.yaml", content: below }], options)).toEqual(["compose.yaml:6:no-published-database-port"]);
  });

  it("a # shipshape-ignore line inside a block or quoted string is the string's text, not a suppression", () => {
    const inBlock = compose('    entrypoint: |\n      echo starting\n      # shipshape-ignore no-published-database-port\n');
    expect(reviewed([{ path: "compose.yaml", content: inBlock }], options)).toEqual(["compose.yaml:9:no-published-database-port"]);
    const inQuotes = compose('    command: "sh -c \'echo a\n\n      # shipshape-ignore-file no-published-database-port\n\n      echo b\'"\n');
    expect(reviewed([{ path: "compose.yaml", content: inQuotes }], options)).toEqual(["compose.yaml:11:no-published-database-port"]);
    // A real comment right after the block still counts.
    const after = compose('    entrypoint: |\n      echo starting\n    # shipshape-ignore no-published-database-port\n');
    expect(reviewed([{ path: "compose.yaml", content: after }], options)).toEqual([]);
  });

  it("# shipshape-ignore-file silences a rule in the whole compose file, unless pragmas are disabled", () => {
    const content = `# shipshape-ignore-file no-published-database-port -- local only\n${compose("")}`;
    expect(reviewed([{ path: "compose.yaml", content }], options)).toEqual([]);
    expect(reviewed([{ path: "compose.yaml", content }], { config: { ...options.config, disableIgnorePragma: true } })).toEqual(["compose.yaml:7:no-published-database-port"]);
  });

  it("covers the next pattern of a .dockerignore, and cross-file findings in the file they point at", () => {
    const files = [
      { path: "Dockerfile", content: "FROM nginx:1.27\nUSER nginx\n# shipshape-ignore CopyIgnoredFile -- generated in CI\nCOPY dist/ /srv/\nCOPY conf/ /etc/nginx/\n" },
      { path: ".dockerignore", content: "# shipshape-ignore-file require-dockerignore-entries\ndist\nconf\n" },
    ];
    // Only the cross-file rule matters here.
    const quiet: AnalyzeOptions = { config: { rules: { "require-healthcheck": "off", "use-numeric-user": "off" } } };
    expect(reviewed(files, quiet)).toEqual(["Dockerfile:5:no-copy-of-ignored-file"]);
    const skipped = [{ ...files[0]!, content: `# check=skip=CopyIgnoredFile\n${files[0]!.content}` }, files[1]!];
    expect(reviewed(skipped, quiet)).toEqual([]);
    const errors = analyze([{ ...files[0]!, content: `# check=error=true\n${files[0]!.content}` }, files[1]!], quiet).files[0]!.findings;
    expect(errors.map((finding) => `${finding.rule}:${finding.severity}`)).toEqual(["no-copy-of-ignored-file:error"]);
  });
});

describe("profiles and config", () => {
  it("keeps off-by-default rules out of recommended; strict adds the hardening ones, not the style preferences", () => {
    const content = "services:\n  web:\n    image: nginx:1.27\n    ports:\n      - 8080:80\n";
    const rules = (profile: AnalyzeOptions["profile"]) => analyze([{ path: "compose.yaml", content }], { profile }).files[0]!.findings.map((finding) => finding.rule);
    expect(rules("recommended")).not.toContain("require-host-ip-on-ports");
    expect(rules("strict")).toContain("require-host-ip-on-ports");
    expect(rules("strict")).not.toContain("require-quoted-ports");
    expect(rules("hadolint")).toEqual([]);
  });

  it("uses hadolint's severities and only hadolint's rules in the hadolint profile", () => {
    const content = "FROM node:latest\nMAINTAINER me\nADD a.txt /a\n# shipshape-ignore nothing-like-this\n";
    expect(rulesOf(content, { profile: "hadolint" })).toEqual([
      "1:no-latest-tag:warning", "1:no-root-user:warning", "2:no-maintainer:error", "3:prefer-copy:error",
    ]);
    expect(rulesOf(content)).toContain("4:unknown-rule-in-pragma:warning");
  });

  it("raises info and style findings to warnings in the strict profile", () => {
    const content = "FROM debian:12\nUSER 1000\nRUN apt-get update && apt-get install -y curl\n";
    expect(rulesOf(content)).toEqual(["3:no-apt-lists-left:info"]);
    expect(rulesOf(content, { profile: "strict" })).toEqual(["3:no-apt-lists-left:warning"]);
  });

  it("applies config severities over the profile, from either config format", () => {
    const ours = parseConfig("rules:\n  DL3007: error\n  use-exec-form: off\n");
    expect(rulesOf(BAD, { config: ours })).toEqual(["1:no-latest-tag:error", "1:no-root-user:warning"]);
    const hadolint = parseConfig("ignored: [DL3002, DL3008]\noverride:\n  info: [DL3007]\n", { fileName: ".hadolint.yaml" });
    expect(rulesOf(BAD, { config: hadolint })).toEqual(["1:no-latest-tag:info", "2:use-exec-form:warning"]);
    expect(rulesOf(BAD, { config: { profile: "hadolint" } })).toEqual(rulesOf(BAD, { profile: "hadolint" }));
  });

  it("judges the chosen target stage", () => {
    const content = "FROM node:22 AS dev\nCMD [\"node\"]\nFROM node:22 AS prod\nUSER node\n";
    expect(rulesOf(content)).toEqual([]);
    expect(rulesOf(content, { target: "dev" })).toEqual(["1:no-root-user:warning"]);
  });
});

describe("opt-in rules (profiles: { recommended: \"off\" })", () => {
  const consecutiveRuns = "FROM debian:12-slim\nUSER 1000\nRUN mkdir -p /srv/data\nRUN make\n";

  it("do not run in recommended unless the config names them, by id or by alias", () => {
    expect(rulesOf(consecutiveRuns)).toEqual([]);
    for (const name of ["no-consecutive-run", "DL3059"]) {
      expect(rulesOf(consecutiveRuns, { config: { rules: { [name]: "warning" } } })).toEqual(["4:no-consecutive-run:warning"]);
    }
  });

  it("run in strict and, with their hadolint severity, in the hadolint profile", () => {
    expect(rulesOf(consecutiveRuns, { profile: "strict" })).toEqual(["4:no-consecutive-run:warning"]);
    expect(rulesOf(consecutiveRuns, { profile: "hadolint" })).toEqual(["4:no-consecutive-run:info"]);
  });
});

describe("rule settings", () => {
  it("reach the rules that read them", () => {
    const content = "FROM quay.io/acme/api:1\nUSER 1000\n";
    expect(rulesOf(content)).toEqual([]);
    expect(rulesOf(content, { config: { trustedRegistries: ["docker.io"] } })).toEqual(["1:require-trusted-registry:error"]);
  });
});

describe("names from the file that match Object.prototype's keys", () => {
  it("are programs, packages and ARGs like any other, not lookups that break the rules", () => {
    const content =
      "ARG constructor\nFROM alpine:3.20\nRUN toString && constructor --x && hasOwnProperty\n" +
      "RUN apk add --no-cache constructor && pip install --no-cache-dir toString\nUSER 1000\n";
    const findings = analyzeFile({ path: "Dockerfile", content }, { profile: "strict" }).findings;
    expect(findings.filter((finding) => finding.rule === "internal-error")).toEqual([]);
  });
});

describe("a file flooded with one rule's findings", () => {
  it("reports the first 200 of the rule, then one finding that counts the rest, where they start", () => {
    const content = `FROM debian:12-slim\nUSER 1000\n${"RUN apt-get install -y --no-install-recommends curl\n".repeat(260)}`;
    const findings = analyzeFile({ path: "Dockerfile", content }, { size: false }).findings.filter((finding) => finding.rule === "pin-os-packages");
    expect(findings).toHaveLength(201);
    expect(findings[200]!.range.start.line).toBe(203);
    expect(findings[200]!.message).toMatch(/^60 more findings of this rule from here on are not listed: a file reports the first 200 of each rule\./);
    expect(findings[200]!.fixes).toEqual([]);
  });
});

describe("a file that starts with a byte-order mark", () => {
  it("is reviewed as editors show it: line 1's columns do not count the mark", () => {
    const withMark = analyzeFile({ path: "Dockerfile", content: `\uFEFF${BAD}` }).findings.map((finding) => [finding.rule, finding.range]);
    const without = analyzeFile({ path: "Dockerfile", content: BAD }).findings.map((finding) => [finding.rule, finding.range]);
    expect(withMark).toEqual(without);
  });
});
