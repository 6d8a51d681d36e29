import { describe, expect, it } from "vitest";
import { formatBuildArgLines, parseBuildArg, parseBuildArgLines } from "./build-args";
import { analyze } from "./engine";
import "./size/bundled-data";

describe("parseBuildArg", () => {
  it("reads NAME=value as docker build does: the first = splits, the value may be empty", () => {
    expect(parseBuildArg("VERSION=1.2=rc")).toEqual({ name: "VERSION", value: "1.2=rc" });
    expect(parseBuildArg("EMPTY=")).toEqual({ name: "EMPTY", value: "" });
  });

  it("takes a bare NAME from the environment, and leaves it out when the environment has none", () => {
    expect(parseBuildArg("HOME_DIR", { HOME_DIR: "/home/app" })).toEqual({ name: "HOME_DIR", value: "/home/app" });
    expect(parseBuildArg("HOME_DIR", {})).toEqual({ name: "HOME_DIR", value: undefined });
  });

  it("says why a name cannot be an ARG", () => {
    expect(parseBuildArg("=x")).toEqual({ problem: "`` is not an ARG name (letters, digits, _, . and -, not starting with a digit)" });
    expect(parseBuildArg("MY ARG=x")).toEqual({ problem: expect.stringContaining("`MY ARG` is not an ARG name") });
    expect(parseBuildArg(`BIG=${"x".repeat(65_537)}`)).toEqual({ problem: "the value of BIG is longer than 65536 characters" });
  });
});

describe("parseBuildArgLines", () => {
  it("reads one NAME=value a line, skips blank lines and comments, and lets a later line win", () => {
    expect(parseBuildArgLines("# versions\nNODE_VERSION=20\n\n  APP_ENV=production  \nNODE_VERSION=22\n")).toEqual({
      args: { NODE_VERSION: "22", APP_ENV: "production" },
      problems: [],
      warnings: ["`NODE_VERSION` is set on lines 2 and 5: the last one, line 5, wins."],
    });
  });

  it("names the lines it cannot read", () => {
    expect(parseBuildArgLines("NODE_VERSION\n2X=1\nOK=1").problems).toEqual([
      "Line 1: write NAME=value (`NODE_VERSION` has no value).",
      "Line 2: `2X` is not an ARG name (letters, digits, _, . and -, not starting with a digit).",
    ]);
  });

  it("round-trips through formatBuildArgLines", () => {
    const args = { A: "1", B: "x=y", C: "" };
    expect(parseBuildArgLines(formatBuildArgLines(args))).toEqual({ args, problems: [], warnings: [] });
  });

  it("says a line has no name before `=` instead of quoting an empty name", () => {
    const { problems } = parseBuildArgLines("NODE_VERSION=22\n\n# a comment\n=v\n  = spaced\nBAD NAME=x");
    expect(problems).toEqual([
      "Line 4 has no name before `=`.",
      "Line 5 has no name before `=`.",
      "Line 6: `BAD NAME` is not an ARG name (letters, digits, _, . and -, not starting with a digit).",
    ]);
  });

  it("warns that the last of a repeated name wins, and still takes it", () => {
    const review = parseBuildArgLines("NODE_VERSION=20\nAPP_ENV=prod\nNODE_VERSION=22\nNODE_VERSION=23");
    expect(review.args).toEqual({ NODE_VERSION: "23", APP_ENV: "prod" });
    expect(review.problems).toEqual([]);
    expect(review.warnings).toEqual(["`NODE_VERSION` is set on lines 1, 3 and 4: the last one, line 4, wins."]);
  });
});

describe("build arguments in a review", () => {
  const dockerfile = "ARG NODE_VERSION=latest\nFROM node:${NODE_VERSION}\nUSER node\nCMD [\"node\", \"server.js\"]\n";
  const rules = (buildArgs?: Record<string, string>) =>
    analyze([{ path: "Dockerfile", content: dockerfile }], { buildArgs }).files[0]!.findings.map((finding) => finding.rule);

  it("replace ARG defaults where variables are resolved: the base image a build pulls", () => {
    expect(rules()).toContain("no-latest-tag");
    expect(rules({ NODE_VERSION: "22.11.0-bookworm-slim" })).not.toContain("no-latest-tag");
  });

  it("come from the configuration's build section too, the caller's own winning name by name", () => {
    const config = { build: { args: { NODE_VERSION: "22-slim" } } };
    expect(analyze([{ path: "Dockerfile", content: dockerfile }], { config }).files[0]!.findings.map((finding) => finding.rule)).not.toContain("no-latest-tag");
    expect(analyze([{ path: "Dockerfile", content: dockerfile }], { config, buildArgs: { NODE_VERSION: "latest" } }).files[0]!.findings.map((finding) => finding.rule)).toContain("no-latest-tag");
    const copy = "FROM scratch\nCOPY . /app\n";
    const contextOf = (options: Parameters<typeof analyze>[1]) => analyze([{ path: "Dockerfile", content: copy }], options).files[0]!.size!.stages[0]!.layers[0]!.uncompressedBytes.estimate;
    expect(contextOf({ config: { build: { contextBytes: 40_000_000 } } })).toBe(40_000_000);
    expect(contextOf({ config: { build: { contextBytes: 40_000_000 } }, size: { contextBytes: 1_000_000 } })).toBe(1_000_000);
    const stages = "FROM alpine:3.20 AS dev\nRUN apk add --no-cache curl\nFROM alpine:3.20 AS prod\n";
    const shipped = (options: Parameters<typeof analyze>[1]) => analyze([{ path: "Dockerfile", content: stages }], options).files[0]!.size!.stages.find((stage) => stage.shipped)!.index;
    expect(shipped({})).toBe(1);
    expect(shipped({ config: { build: { target: "dev" } } })).toBe(0);
    expect(shipped({ config: { build: { target: "dev" } }, target: "prod" })).toBe(1);
  });

  it("size the image the build makes", () => {
    const size = (buildArgs?: Record<string, string>) =>
      analyze([{ path: "Dockerfile", content: dockerfile }], { buildArgs }).files[0]!.size!.stages[0]!.base.reference;
    expect(size()).toBe("node:latest");
    expect(size({ NODE_VERSION: "22-alpine" })).toBe("node:22-alpine");
  });
});
