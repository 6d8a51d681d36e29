import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const root = new URL("../../", import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), "shipshape-cli-"));

function write(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

function shipshape(args: string[], input?: string) {
  const result = spawnSync(process.execPath, [join(root, "bin/shipshape.js"), ...args], { input, encoding: "utf8", cwd: dir });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const bad = write("Dockerfile", "FROM node:latest\nCMD node server.js\n");
const good = write("Dockerfile.good", '# syntax=docker/dockerfile:1\nFROM node:22-slim\nUSER 1000:1000\nCMD ["node", "server.js"]\n');

describe("shipshape CLI", { timeout: 20_000 }, () => {
  it("prints the JSON contract and exits 1 on findings", () => {
    const { code, stdout } = shipshape(["--format", "json", bad]);
    expect(code).toBe(1);
    const report = JSON.parse(stdout);
    expect(report.tool).toEqual({ name: "shipshape", version: expect.any(String) });
    expect(report.files).toHaveLength(1);
    expect(report.files[0]).toMatchObject({ path: bad, kind: "dockerfile" });
    const latest = report.files[0].findings.find((f: { rule: string }) => f.rule === "no-latest-tag");
    expect(latest).toEqual({
      rule: "no-latest-tag",
      aliases: ["DL3007"],
      severity: "warning",
      category: "reliability",
      message: expect.stringContaining("node:latest"),
      range: { start: { line: 1, column: 11 }, end: { line: 1, column: 17 } },
      fixes: [],
    });
    const execForm = report.files[0].findings.find((f: { rule: string }) => f.rule === "use-exec-form");
    expect(execForm.fixes).toEqual([
      {
        title: "Rewrite CMD in exec form",
        applicability: "safe",
        edits: [{ range: { start: { line: 2, column: 5 }, end: { line: 2, column: 19 } }, text: '["node", "server.js"]' }],
      },
    ]);
  });

  it("exits 0 with a clean file and says so", () => {
    const { code, stdout } = shipshape([good]);
    expect(code).toBe(0);
    expect(stdout).toContain("No findings");
  });

  it("prints findings for humans with line:column, severity and rule", () => {
    const { code, stdout } = shipshape(["--no-color", bad]);
    expect(code).toBe(1);
    expect(stdout).toMatch(/1:11\s+warning\s+`node:latest` moves.*no-latest-tag/);
    expect(stdout).toMatch(/4 findings \(3 warning, 1 info\)/);
  });

  it("reads standard input with -", () => {
    const { code, stdout } = shipshape(["-f", "json", "-"], "FROM python\n");
    expect(code).toBe(1);
    expect(JSON.parse(stdout).files[0].path).toBe("Dockerfile");
  });

  it("honours the failure threshold", () => {
    expect(shipshape(["--failure-threshold", "error", bad]).code).toBe(0);
  });

  it("applies a config file that turns rules off or changes their severity", () => {
    const config = write("shipshape.yaml", "rules:\n  DL3007: off\n  no-root-user: error\nfailureThreshold: error\n");
    const { code, stdout } = shipshape(["-f", "json", "--config", config, bad]);
    const rules = JSON.parse(stdout).files[0].findings.map((f: { rule: string; severity: string }) => `${f.rule}:${f.severity}`);
    expect(rules).toEqual(["use-syntax-directive:info", "no-root-user:error", "use-exec-form:warning"]);
    expect(code).toBe(1);
  });

  it("takes a profile: hadolint reports hadolint's rules at hadolint's severities", () => {
    const maintainer = write("Dockerfile.maintainer", "# syntax=docker/dockerfile:1\nFROM node:22-slim\nUSER 1000:1000\nMAINTAINER me\n");
    const findings = (args: string[]) =>
      JSON.parse(shipshape(["-f", "json", ...args, maintainer]).stdout).files[0].findings.map((f: { rule: string; severity: string }) => `${f.rule}:${f.severity}`);
    expect(findings([])).toEqual(["no-maintainer:warning"]);
    expect(findings(["--profile", "hadolint"])).toEqual(["no-maintainer:error"]);
  });

  it("reads a .hadolint.yaml as hadolint does (ignored, override, failure-threshold)", () => {
    const config = write(".hadolint.yaml", "ignored: [DL3002, DL3008]\noverride:\n  info: [DL3007]\nfailure-threshold: error\n");
    const { code, stdout } = shipshape(["-f", "json", "-c", config, bad]);
    const rules = JSON.parse(stdout).files[0].findings.map((f: { rule: string; severity: string }) => `${f.rule}:${f.severity}`);
    expect(rules).toEqual(["use-syntax-directive:info", "no-latest-tag:info", "use-exec-form:warning"]);
    expect(code).toBe(0);
  });

  it("passes rule settings from the config file to the rules", () => {
    const config = write("shipshape.settings.yaml", "trustedRegistries: [registry.example.com]\n");
    const { stdout } = shipshape(["-f", "json", "--config", config, bad]);
    const rules = JSON.parse(stdout).files[0].findings.map((f: { rule: string }) => f.rule);
    expect(rules).toContain("require-trusted-registry");
  });

  it("judges the --target stage", () => {
    const stages = write("Dockerfile.stages", 'FROM node:22 AS dev\nCMD ["node"]\nFROM node:22 AS prod\nUSER node\n');
    expect(shipshape([stages]).code).toBe(0);
    expect(shipshape(["--target", "dev", stages]).code).toBe(1);
  });

  it.each([
    [["--profile", "lax", "x"], /--profile must be one of recommended, strict, hadolint, not "lax"/],
    [["--config", "CONFIG_HADOLINT_UNKNOWN_KEY", "Dockerfile"], /\.hadolint\.yml: invalid configuration: .*ignore/],
    [["missing-file"], /missing-file: no such file/],
    [[], /no input files/],
    [["--format", "xml", "x"], /unknown format "xml"/],
    [["--bogus", "x"], /Unknown option '--bogus'/],
    [["--config", "CONFIG_BAD_RULE", "Dockerfile"], /rules\.DL9999: no rule has this id or alias/],
    [["--config", "CONFIG_BAD_YAML", "Dockerfile"], /shipshape\.bad\.yaml: /],
  ])("exits 2 with a one-line message for %j", (args, message) => {
    const resolved = args.map((arg) =>
      arg === "CONFIG_BAD_RULE" ? write("shipshape.rule.yaml", "rules:\n  DL9999: off\n")
        : arg === "CONFIG_HADOLINT_UNKNOWN_KEY" ? write(".hadolint.yml", "ignore: [DL3007]\n")
        : arg === "CONFIG_BAD_YAML" ? write("shipshape.bad.yaml", "rules: [unclosed\n") : arg);
    const { code, stderr, stdout } = shipshape(resolved);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toMatch(message);
    expect(stderr.trim().split("\n")).toHaveLength(1);
    expect(stderr).not.toMatch(/\bat .*\.ts:\d+/);
  });
});
