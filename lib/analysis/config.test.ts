import { describe, expect, it } from "vitest";
import { ConfigError, detectConfigFormat, parseConfig } from "./config";

describe("parseConfig", () => {
  it("reads our format as an object or as YAML text", () => {
    const config = { profile: "strict", rules: { "no-latest-tag": "error" }, failureThreshold: "error", trustedRegistries: ["ghcr.io"] };
    expect(parseConfig(config)).toEqual(config);
    expect(parseConfig("profile: strict\nrules:\n  no-latest-tag: error\nfailureThreshold: error\ntrustedRegistries: [ghcr.io]\n")).toEqual(config);
  });

  it("reads .hadolint.yaml as-is, accepting ShellCheck codes, which we do not implement", () => {
    const text = [
      "failure-threshold: style",
      "ignored: [SC2086]",
      "override:",
      "  error: [DL3007]",
      "  style: [DL3015]",
      "trustedRegistries: docker.io",
      "label-schema:",
      "  maintainer: email",
      "strict-labels: true",
      "disable-ignore-pragma: true",
      "no-color: true",
    ].join("\n");
    expect(parseConfig(text, { fileName: "ci/.hadolint.yaml" })).toEqual({
      rules: { DL3007: "error", DL3015: "style" },
      failureThreshold: "style",
      trustedRegistries: ["docker.io"],
      labelSchema: { maintainer: "email" },
      strictLabels: true,
      disableIgnorePragma: true,
    });
    expect(parseConfig({ "no-fail": true })).toEqual({ rules: {}, failureThreshold: "none" });
  });

  it("detects hadolint files by name or by their keys", () => {
    expect(detectConfigFormat({}, "/x/.hadolint.yml")).toBe("hadolint");
    expect(detectConfigFormat({ ignored: [] }, "config.yaml")).toBe("hadolint");
    expect(detectConfigFormat({ rules: {} }, ".shipshape.yaml")).toBe("shipshape");
  });

  it.each([
    ["rules: [unclosed\n", /not valid YAML/],
    ["- a list\n", /expected a mapping/],
    ["rulez: {}\n", /Unrecognized key.*rulez/],
    ["rules:\n  DL9999: off\n", /rules\.DL9999: no rule has this id or alias/],
    ["profile: lax\n", /profile/],
    ["ignored: [DL9999]\n", /ignored: no rule has this id or alias \(DL9999\)/],
    ["failure-threshold: fatal\n", /failure-threshold/],
    ["ignored: []\nfrobnicate: 1\n", /frobnicate/],
  ])("rejects %j with a clear error", (text, message) => {
    expect(() => parseConfig(text)).toThrow(ConfigError);
    expect(() => parseConfig(text)).toThrow(message);
  });
});

describe("the build section", () => {
  it("reads the target, the build arguments (numbers as text) and the context size with its unit", () => {
    expect(parseConfig("build:\n  target: prod\n  args:\n    NODE_VERSION: 22\n    DEBUG: false\n  contextSize: 40MB\n")).toEqual({
      build: { target: "prod", args: { NODE_VERSION: "22", DEBUG: "false" }, contextBytes: 40_000_000 },
    });
    expect(parseConfig({ build: { contextSize: 1234 } })).toEqual({ build: { contextBytes: 1234 } });
  });

  it.each([
    ["build:\n  args:\n    2X: a\n", /build\.args\.2X: `2X` is not an ARG name/],
    ["build:\n  contextSize: huge\n", /build\.contextSize: a size such as 40MB/],
    ["build:\n  contextSize: 20000GB\n", /build\.contextSize: a size such as 40MB, 1\.5GB or 800kB, at most 10 TB/],
    ["build:\n  platform: linux/arm64\n", /build: .*platform/],
  ])("rejects %j with a clear error", (text, message) => {
    expect(() => parseConfig(text)).toThrow(message);
  });
});

describe("analyzeOptionsFrom (API requests)", () => {
  it("accepts a profile, a config object or YAML text, and a target", async () => {
    const { analyzeOptionsFrom } = await import("./request");
    expect(analyzeOptionsFrom({ profile: "hadolint", config: "ignored: [DL3007]\n", target: "prod" })).toEqual({
      profile: "hadolint", config: { rules: { DL3007: "off" } }, target: "prod",
    });
    expect(analyzeOptionsFrom({ config: { rules: { DL3007: "off" } } })).toEqual({ config: { rules: { DL3007: "off" } } });
    expect(() => analyzeOptionsFrom({ profile: "lax" })).toThrow(ConfigError);
    expect(() => analyzeOptionsFrom({ config: "rules: [" })).toThrow(/not valid YAML/);
  });

  it("takes build arguments by name and refuses what `docker build` would not take", async () => {
    const { analyzeOptionsFrom } = await import("./request");
    expect(analyzeOptionsFrom({ buildArgs: { NODE_VERSION: "22", "app-version": "", http_proxy: "http://proxy:3128" } })).toEqual({
      buildArgs: { NODE_VERSION: "22", "app-version": "", http_proxy: "http://proxy:3128" },
    });
    expect(() => analyzeOptionsFrom({ buildArgs: ["NODE_VERSION=22"] })).toThrow("buildArgs must map ARG names to values");
    expect(() => analyzeOptionsFrom({ buildArgs: { NODE_VERSION: 22 } })).toThrow("buildArgs.NODE_VERSION must be a string");
    expect(() => analyzeOptionsFrom({ buildArgs: { "1X": "a" } })).toThrow("`1X` is not an ARG name");
    expect(() => analyzeOptionsFrom({ buildArgs: JSON.parse('{"__proto__": "a"}') })).toThrow("`__proto__` is not an ARG name");
    expect(() => analyzeOptionsFrom({ buildArgs: Object.fromEntries(Array.from({ length: 101 }, (_, i) => [`A${i}`, ""])) })).toThrow("at most 100");
  });
});
