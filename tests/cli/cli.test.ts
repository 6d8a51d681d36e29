import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
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
const good = write("Dockerfile.good", '# syntax=docker/dockerfile:1\nFROM node:22-slim\nUSER 1000:1000\nENTRYPOINT ["tini", "--"]\nCMD ["node", "server.js"]\n');

describe("shipshape CLI", { timeout: 20_000 }, () => {
  it("reads the .dockerignore beside a given file as build context, without reporting on it", () => {
    const project = join(dir, "with-ignore");
    mkdirSync(project);
    writeFileSync(join(project, "Dockerfile"), "FROM node:22-slim\nWORKDIR /app\nCOPY . .\nCOPY secrets/ /run/\nUSER 1000:1000\nCMD [\"node\", \"server.js\"]\n");
    writeFileSync(join(project, ".dockerignore"), "secrets\n");
    const { stdout } = shipshape(["--format", "json", join(project, "Dockerfile")]);
    const report = JSON.parse(stdout) as { files: { path: string; findings: { rule: string }[] }[] };
    expect(report.files.map((file) => file.path)).toEqual([join(project, "Dockerfile")]);
    const rules = report.files[0]!.findings.map((finding) => finding.rule);
    // Read: the COPY of an ignored directory is caught, and `COPY . .` is not unguarded.
    expect(rules).toContain("no-copy-of-ignored-file");
    expect(rules).not.toContain("require-dockerignore");
  });

  it("reviews the Dockerfiles, compose files and .dockerignore files under a directory, together, not in .git or node_modules", () => {
    const repo = join(dir, "repo");
    for (const sub of ["api", ".devcontainer", "node_modules/tool", ".git"]) mkdirSync(join(repo, sub), { recursive: true });
    const dockerfile = 'FROM node:22-slim\nUSER 1000:1000\nENTRYPOINT ["tini", "--"]\nCMD ["node", "x"]\n';
    for (const path of ["Dockerfile", "api/Dockerfile", ".devcontainer/Dockerfile", "node_modules/tool/Dockerfile", ".git/Dockerfile"]) writeFileSync(join(repo, path), dockerfile);
    writeFileSync(join(repo, "compose.yaml"), "services:\n  api:\n    build: ./api\n");
    writeFileSync(join(repo, "notes.yaml"), "services: not compose, not named so\n");
    writeFileSync(join(repo, "README.md"), "# repo\n");
    // A link to a file is read; a link to a directory is not walked (it could loop).
    symlinkSync(join(repo, "api/Dockerfile"), join(repo, "Dockerfile.prod"));
    symlinkSync(repo, join(repo, "api/loop"));
    const report = JSON.parse(shipshape(["-f", "json", repo]).stdout) as { files: { path: string; findings: { rule: string; message: string }[] }[] };
    expect(report.files.map((file) => file.path)).toEqual([".devcontainer/Dockerfile", "Dockerfile", "Dockerfile.prod", "api/Dockerfile", "compose.yaml"].map((path) => join(repo, path)));
    // Judged together: the compose file's build reads its Dockerfile.
    expect(report.files[4]!.findings.find((finding) => finding.rule === "require-build-healthcheck")!.message).toContain(join(repo, "api/Dockerfile"));
    const empty = join(dir, "empty");
    mkdirSync(empty);
    expect(shipshape([empty])).toMatchObject({ code: 2, stderr: `shipshape: ${empty}: no Dockerfile, compose file or .dockerignore under it\n` });
  });

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

  it("prints Markdown for a pull-request comment", () => {
    const { code, stdout } = shipshape(["--format", "markdown", bad]);
    expect(code).toBe(1);
    expect(stdout).toMatch(/^## Shipshape review\n\n\*\*4 findings\*\* in 1 file \(3 warnings, 1 info\)\.\n/);
    expect(stdout).toContain(`| \`${bad}\` | 0 | 3 | 1 | 0 |`);
    expect(stdout).toContain("[`no-latest-tag`](https://shipshape.dev/rules/no-latest-tag) line 1, column 11:");
  });

  it("prints SARIF 2.1.0 and keeps the exit code", () => {
    const { code, stdout } = shipshape(["-f", "sarif", "--failure-threshold", "error", bad]);
    expect(code).toBe(0);
    const log = JSON.parse(stdout);
    expect(log.version).toBe("2.1.0");
    expect(log.runs[0].results.map((r: { ruleId: string }) => r.ruleId)).toEqual(["no-root-user", "prefer-minimal-base", "no-latest-tag", "use-exec-form"]);
    expect(log.runs[0].results[2].locations[0].physicalLocation.region).toEqual({ startLine: 1, startColumn: 11, endLine: 1, endColumn: 17 });
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
    expect(stdout).toMatch(/4 findings \(3 warnings, 1 info\)/);
  });

  it("shows control characters quoted from a file as escapes, never sends them to the terminal", () => {
    const hostile = write("Dockerfile.escape", 'FROM alpine:latest\nUSER "r\u001b[2Jo"\nCMD ["x"]\n');
    const { stdout } = shipshape(["--no-color", hostile]);
    expect(stdout).not.toContain("\u001b");
    expect(stdout).toContain("\\x1b[2J");
  });

  it("reviews a file named twice once, under the first name given", () => {
    const report = JSON.parse(shipshape(["-f", "json", "Dockerfile", "./Dockerfile", bad]).stdout) as { files: { path: string }[] };
    expect(report.files.map((file) => file.path)).toEqual(["Dockerfile"]);
  });

  it("reviews several files together and reports each finding under its own file", () => {
    mkdirSync(join(dir, "project"), { recursive: true });
    const compose = write("project/compose.yaml", "services:\n  web:\n    build:\n      context: .\n      target: prod\n");
    const dockerfile = write("project/Dockerfile", "FROM node:22-slim AS build\nCOPY . .\n");
    const { code, stdout } = shipshape(["-f", "json", compose, dockerfile]);
    expect(code).toBe(1);
    const files = JSON.parse(stdout).files as Array<{ path: string; kind: string; findings: Array<{ rule: string; range: unknown }> }>;
    expect(files.map((file) => [file.path, file.kind])).toEqual([[compose, "compose"], [dockerfile, "dockerfile"]]);
    expect(files[0]!.findings.find((f) => f.rule === "no-unknown-build-target")?.range).toEqual({ start: { line: 5, column: 15 }, end: { line: 5, column: 19 } });
    expect(files[1]!.findings.map((f) => f.rule)).toContain("require-dockerignore");
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
    expect(rules).toEqual(["no-root-user:error", "prefer-minimal-base:info", "use-exec-form:warning"]);
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
    // In a directory of its own: in the working directory, every other run would read it (no --config needed).
    mkdirSync(join(dir, "hadolint-config"), { recursive: true });
    const config = write("hadolint-config/.hadolint.yaml", "ignored: [DL3002, DL3008]\noverride:\n  info: [DL3007]\nfailure-threshold: error\n");
    const { code, stdout } = shipshape(["-f", "json", "-c", config, bad]);
    const rules = JSON.parse(stdout).files[0].findings.map((f: { rule: string; severity: string }) => `${f.rule}:${f.severity}`);
    expect(rules).toEqual(["prefer-minimal-base:info", "no-latest-tag:info", "use-exec-form:warning"]);
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

  it("prints the CI formats: GitHub annotations, GitLab Code Quality and Checkstyle, with the usual exit code", () => {
    const github = shipshape(["-f", "github", bad]);
    expect(github.code).toBe(1);
    expect(github.stdout).toContain(`::warning file=${bad},line=1,endLine=1,col=11,endColumn=16,title=no-latest-tag (warning)::`);
    const gitlab = shipshape(["-f", "gitlab", bad]);
    expect(JSON.parse(gitlab.stdout).map((issue: { check_name: string }) => issue.check_name)).toEqual(["no-root-user", "prefer-minimal-base", "no-latest-tag", "use-exec-form"]);
    const checkstyle = shipshape(["-f", "checkstyle", "--failure-threshold", "error", bad]);
    expect(checkstyle.code).toBe(0);
    expect(checkstyle.stdout).toMatch(/^<\?xml version="1\.0" encoding="UTF-8"\?>\n<checkstyle version="4\.3">\n/);
    expect(checkstyle.stdout).toContain('<error line="1" column="11" severity="warning" message="`node:latest` moves');
    // hadolint's names for them work too.
    expect(shipshape(["-f", "gitlab_codeclimate", bad]).stdout).toBe(gitlab.stdout);
    expect(shipshape(["-f", "tty", "--no-color", bad]).stdout).toBe(shipshape(["--no-color", bad]).stdout);
  });

  it("resolves ARGs with --build-arg values, a bare NAME from the environment, as docker build does", () => {
    const pinned = write("Dockerfile.args", 'ARG NODE_VERSION=latest\nFROM node:${NODE_VERSION}\nUSER 1000:1000\nENTRYPOINT ["tini", "--"]\nCMD ["node", "server.js"]\n');
    const rules = (args: string[], env: Record<string, string> = {}) => {
      const result = spawnSync(process.execPath, [join(root, "bin/shipshape.js"), "-f", "json", ...args, pinned], { encoding: "utf8", cwd: dir, env: { ...process.env, ...env } });
      return (JSON.parse(result.stdout) as { files: { findings: { rule: string }[] }[] }).files[0]!.findings.map((finding) => finding.rule);
    };
    expect(rules([])).toContain("no-latest-tag");
    expect(rules(["--build-arg", "NODE_VERSION=22-slim"])).not.toContain("no-latest-tag");
    // The later flag wins.
    expect(rules(["--build-arg", "NODE_VERSION=22-slim", "--build-arg", "NODE_VERSION=latest"])).toContain("no-latest-tag");
    expect(rules(["--build-arg", "NODE_VERSION"], { NODE_VERSION: "22-slim" })).not.toContain("no-latest-tag");
    // From the configuration file's build section, the flags winning.
    const config = write("shipshape.build.yaml", "build:\n  args:\n    NODE_VERSION: 22-slim\n");
    expect(rules(["--config", config])).not.toContain("no-latest-tag");
    expect(rules(["--config", config, "--build-arg", "NODE_VERSION=latest"])).toContain("no-latest-tag");
  });

  it("sizes COPY . with the --context-size given", () => {
    const copy = write("Dockerfile.context", 'FROM scratch\nCOPY . /app\n');
    const layer = (args: string[]) => JSON.parse(shipshape(["-f", "json", ...args, copy]).stdout).files[0].size.stages[0].layers[0];
    expect(layer([]).uncompressedBytes.estimate).toBe(5e6);
    expect(layer(["--context-size", "40MB"]).uncompressedBytes.estimate).toBe(40e6);
    expect(layer(["--context-size", "1.5 GiB"]).uncompressedBytes.estimate).toBe(1.5 * 1024 ** 3);
  });

  it("reports the estimated image size per Dockerfile in both formats", () => {
    const json = JSON.parse(shipshape(["-f", "json", good]).stdout);
    // node:22-slim as published: 79 893 445 bytes compressed; the Dockerfile adds no layer.
    expect(json.files[0].size.compressedBytes.estimate).toBe(79893445);
    expect(json.files[0].size.stages).toHaveLength(1);
    expect(shipshape(["--no-color", good]).stdout).toMatch(/Estimated image size: \d+ MB \(\d+–\d+ MB\), 80 MB compressed/);
  });

  it("applies the safe fixes with --fix, round after round, then reports what is left; unsafe ones only when asked", () => {
    const project = join(dir, "to-fix");
    mkdirSync(project);
    const original = "FROM python:3.12-slim-bookworm\nRUN apt-get update\nRUN apt-get install -y libpq5\nRUN pip install -r requirements.txt\nUSER 10001\nCMD [\"python\", \"-m\", \"app\"]\n";
    const dockerfile = join(project, "Dockerfile");
    writeFileSync(dockerfile, original);
    // A .dockerignore read as build context is left as it is, although the review would have fixes for it.
    writeFileSync(join(project, ".dockerignore"), "dist\n");

    const fixed = shipshape(["--fix", "--format", "json", dockerfile]);
    expect(readFileSync(dockerfile, "utf8")).toBe(
      "FROM python:3.12-slim-bookworm\nRUN apt-get update && apt-get install -y libpq5 && rm -rf /var/lib/apt/lists/*\nRUN pip install --no-cache-dir -r requirements.txt\nUSER 10001\nCMD [\"python\", \"-m\", \"app\"]\n",
    );
    expect(readFileSync(join(project, ".dockerignore"), "utf8")).toBe("dist\n");
    expect(fixed.stderr).toBe(`shipshape: ${dockerfile}: 3 fixes applied\n`);
    // The report is of the fixed file: only findings without a safe fix are left, below the failure threshold here.
    const rules = (JSON.parse(fixed.stdout) as { files: { findings: { rule: string }[] }[] }).files[0]!.findings.map((finding) => finding.rule);
    expect(rules).toEqual(["use-no-install-recommends", "pin-os-packages", "require-init-process"]);
    expect(fixed.code).toBe(0);

    writeFileSync(dockerfile, original);
    const unsafe = shipshape(["--fix", "--unsafe-fixes", dockerfile]);
    expect(readFileSync(dockerfile, "utf8")).toContain("apt-get install --no-install-recommends -y libpq5");
    expect(unsafe.stderr).toBe(`shipshape: ${dockerfile}: 4 fixes applied\n`);
    expect(unsafe.stdout).not.toContain("use-no-install-recommends");
  });

  it("counts columns after a byte-order mark as editors do, keeps the mark when fixing, and rewrites no file that is not UTF-8", () => {
    const project = join(dir, "encodings");
    mkdirSync(project);
    const withBom = join(project, "Dockerfile.bom");
    writeFileSync(withBom, "\uFEFFFROM node:latest\nRUN pip install flask\n");
    const findings = JSON.parse(shipshape(["-f", "json", withBom]).stdout).files[0].findings as { rule: string; range: { start: { line: number; column: number } } }[];
    expect(findings.find((finding) => finding.rule === "no-latest-tag")!.range.start).toEqual({ line: 1, column: 11 });
    shipshape(["--fix", withBom]);
    expect(readFileSync(withBom, "utf8")).toBe("\uFEFFFROM node:latest\nRUN pip install --no-cache-dir flask\n");

    const latin1 = join(project, "Dockerfile.latin1");
    const bytes = Buffer.from('FROM alpine:3.20\nLABEL description="caf\xe9"\nRUN pip install flask\n', "latin1");
    writeFileSync(latin1, bytes);
    const fixed = shipshape(["--fix", latin1]);
    expect(readFileSync(latin1)).toEqual(bytes);
    expect(fixed.stderr).toContain(`shipshape: ${latin1}: not rewritten: it is not valid UTF-8`);
  });

  it("reads .shipshape.yaml or .hadolint.yaml from the working directory when no --config is given, as hadolint does", () => {
    const project = join(dir, "with-config");
    mkdirSync(project);
    writeFileSync(join(project, "Dockerfile"), "FROM node:latest\nUSER 1000\nCMD [\"node\"]\n");
    const rules = () => {
      const result = spawnSync(process.execPath, [join(root, "bin/shipshape.js"), "-f", "json", "Dockerfile"], { encoding: "utf8", cwd: project });
      return (JSON.parse(result.stdout).files[0].findings as { rule: string }[]).map((finding) => finding.rule);
    };
    expect(rules()).toContain("no-latest-tag");
    writeFileSync(join(project, ".hadolint.yaml"), "ignored:\n  - DL3007\n");
    expect(rules()).not.toContain("no-latest-tag");
  });

  it("takes hadolint's flags: --ignore, severity overrides, --no-fail, -t, --trusted-registry, -o", () => {
    const rules = (args: string[]) => (JSON.parse(shipshape(["-f", "json", ...args, bad]).stdout).files[0].findings as { rule: string; severity: string }[]);
    expect(rules([]).map((f) => f.rule)).toContain("no-latest-tag");
    const ignored = rules(["--ignore", "DL3007", "--ignore", "use-exec-form"]).map((f) => f.rule);
    expect(ignored).not.toContain("no-latest-tag");
    expect(ignored).not.toContain("use-exec-form");
    expect(rules(["--error", "DL3007"]).find((f) => f.rule === "no-latest-tag")!.severity).toBe("error");
    // --ignore wins over an override of the same rule, as in hadolint.
    expect(rules(["--style", "DL3007", "--ignore", "no-latest-tag"]).map((f) => f.rule)).not.toContain("no-latest-tag");
    // A ShellCheck code we have no check for is accepted; a name nothing has is not.
    expect(shipshape(["--ignore", "SC2086", bad]).code).toBe(1);
    expect(shipshape(["--ignore", "DL9999", bad])).toMatchObject({ code: 2, stderr: "shipshape: --ignore DL9999: no rule has this id or alias\n" });

    expect(shipshape(["--no-fail", bad]).code).toBe(0);
    expect(shipshape(["-t", "error", bad]).code).toBe(0);
    expect(shipshape(["-t", "none", bad]).code).toBe(0);
    const registry = write("Dockerfile.registry", 'FROM quay.io/org/app:1.2.3\nUSER 1000:1000\nCMD ["app"]\n');
    const trusted = (args: string[]) => (JSON.parse(shipshape(["-f", "json", ...args, registry]).stdout).files[0].findings as { rule: string }[]).map((f) => f.rule);
    expect(trusted(["--trusted-registry", "docker.io"])).toContain("require-trusted-registry");
    expect(trusted(["--trusted-registry", "docker.io", "--trusted-registry", "quay.io"])).not.toContain("require-trusted-registry");

    const out = join(dir, "report.sarif");
    const written = shipshape(["-f", "sarif", "-o", out, bad]);
    expect(written).toMatchObject({ code: 1, stdout: "" });
    expect(JSON.parse(readFileSync(out, "utf8")).version).toBe("2.1.0");
  });

  it("turns colour off with a non-empty NO_COLOR", () => {
    // Colour needs a terminal, which a test's pipe is not; main() takes its I/O as a parameter for this.
    return import("../../lib/cli/main").then(async ({ main }) => {
      const run = async (env: Record<string, string>) => {
        let stdout = "";
        const io = { stdout: (text: string) => (stdout += text), stderr: () => {}, readStdin: async () => "FROM node:latest\n", writeFile: async () => {}, isTty: true, env };
        await main(["-"], io);
        return stdout;
      };
      expect(await run({})).toContain("\u001b[");
      expect(await run({ NO_COLOR: "1" })).not.toContain("\u001b[");
    });
  });

  it("prints what --fix would change as a unified diff with --diff, and changes no file", () => {
    const content = "FROM node:22-slim\nMAINTAINER me\nUSER 1000:1000\nCMD node server.js\n";
    const file = write("Dockerfile.diff", content);
    const { code, stdout } = shipshape(["--diff", file]);
    expect(code).toBe(1);
    expect(stdout).toBe(
      [`--- ${file}`, `+++ ${file}`, "@@ -1,4 +1,4 @@", " FROM node:22-slim", "-MAINTAINER me", '+LABEL org.opencontainers.image.authors="me"', " USER 1000:1000", "-CMD node server.js", '+CMD ["node", "server.js"]', ""].join("\n"),
    );
    expect(readFileSync(file, "utf8")).toBe(content);
    // Standard input too, and nothing to change exits 0 with no output.
    expect(shipshape(["--diff", "-", "--stdin-filename", "Dockerfile"], content).stdout).toContain("--- Dockerfile\n+++ Dockerfile\n");
    expect(shipshape(["--diff", good])).toMatchObject({ code: 0, stdout: "" });
  });

  it.each([
    [["--profile", "lax", "x"], /--profile must be one of recommended, strict, hadolint, not "lax"/],
    [["--config", "CONFIG_HADOLINT_UNKNOWN_KEY", "Dockerfile"], /\.hadolint\.yml: invalid configuration: .*ignore/],
    [["missing-file"], /missing-file: no such file/],
    [[], /no input files/],
    [["--format", "xml", "x"], /unknown format "xml" \(use stylish, json, markdown, sarif, github, gitlab, codeclimate, checkstyle, junit\)/],
    [["--bogus", "x"], /Unknown option '--bogus'/],
    [["Dockerfile", "-"], /--stdin-filename Dockerfile: a file of that name is reviewed too/],
    // docker build fails on a target no stage has; judging the last stage instead would pass the wrong one.
    [["--target", "prdo", "Dockerfile.good"], /--target prdo: no stage of that name in the Dockerfile \(no stage has a name\)/],
    [["--config", "CONFIG_BAD_RULE", "Dockerfile"], /rules\.DL9999: no rule has this id or alias/],
    [["--config", "CONFIG_BAD_YAML", "Dockerfile"], /shipshape\.bad\.yaml: /],
    [["--fix", "-"], /--fix rewrites files: it cannot fix standard input/],
    [["--unsafe-fixes", "Dockerfile"], /--unsafe-fixes applies fixes only with --fix or --diff/],
    [["--fix", "--diff", "Dockerfile"], /--diff shows what --fix would change without changing it: give one of them/],
    [["--build-arg", "2FAST=1", "Dockerfile"], /--build-arg 2FAST=1: `2FAST` is not an ARG name/],
    [["--context-size", "big", "Dockerfile"], /--context-size must be a size such as 40MB, 1\.5GB or 800kB, not "big"/],
    [["--context-size", "20000GB", "Dockerfile"], /--context-size must be at most 10 TB, not "20000GB"/],
  ])("exits 2 with a one-line message for %j", (args, message) => {
    const resolved = args.map((arg) =>
      arg === "CONFIG_BAD_RULE" ? write("shipshape.rule.yaml", "rules:\n  DL9999: off\n")
        // In a directory of its own: in the working directory, every other run would read it (no --config needed).
        : arg === "CONFIG_HADOLINT_UNKNOWN_KEY" ? (mkdirSync(join(dir, "hadolint"), { recursive: true }), write("hadolint/.hadolint.yml", "ignore: [DL3007]\n"))
        : arg === "CONFIG_BAD_YAML" ? write("shipshape.bad.yaml", "rules: [unclosed\n") : arg);
    const { code, stderr, stdout } = shipshape(resolved);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toMatch(message);
    expect(stderr.trim().split("\n")).toHaveLength(1);
    expect(stderr).not.toMatch(/\bat .*\.ts:\d+/);
  });
});
