import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { ciCommand, workflowStep } from "./ci-command";

describe("ciCommand", () => {
  it("repeats the review's files and settings with the CLI, in GitHub's annotation format", () => {
    expect(ciCommand({ files: [{ path: "Dockerfile", content: "" }, { path: "deploy/compose.yaml", content: "" }] })).toEqual({
      command: "npx shipshape --format github Dockerfile deploy/compose.yaml",
      fromEnvironment: [],
    });
    expect(
      ciCommand({
        files: [{ path: "my app/Dockerfile", content: "" }],
        profile: "strict",
        settings: { target: "prod", buildArgs: { NODE_VERSION: "22-slim", GREETING: "it's here", NPM_TOKEN: "<redacted:SECRET_VALUE>" }, assumptions: { contextBytes: 40_000_000 } },
      }),
    ).toEqual({
      command: "npx shipshape --format github --profile strict --target prod --build-arg NODE_VERSION=22-slim --build-arg 'GREETING=it'\\''s here' --build-arg NPM_TOKEN --context-size 40000000 'my app/Dockerfile'",
      fromEnvironment: ["NPM_TOKEN"],
    });
  });

  it("writes a GitHub Actions step, the redacted build arguments from the repository's secrets", () => {
    expect(workflowStep(ciCommand({ files: [{ path: "Dockerfile", content: "" }], settings: { buildArgs: { NPM_TOKEN: "<redacted:SECRET_VALUE>" } } }))).toBe(
      ["- name: Review the container files", "  run: |", "    npx shipshape --format github --build-arg NPM_TOKEN Dockerfile", "  env:", "    NPM_TOKEN: ${{ secrets.NPM_TOKEN }}"].join("\n"),
    );
  });

  it("keeps a command whose values hold YAML's comment and mapping marks, or a newline, intact in the step", () => {
    const ci = ciCommand({ files: [{ path: "Dockerfile", content: "" }], settings: { buildArgs: { NOTE: "a #b", PAIR: "key: value", LINES: "one\ntwo" } } });
    const [step] = parseYaml(workflowStep(ci)) as [{ run: string }];
    expect(step.run).toBe(`${ci.command}\n`);
  });

  it("reads a configuration from the file its format is kept in", () => {
    expect(ciCommand({ files: [{ path: "Dockerfile", content: "" }], config: "ignored: [DL3008]\n" })).toEqual({
      command: "npx shipshape --format github --config .hadolint.yaml Dockerfile",
      configFile: ".hadolint.yaml",
      fromEnvironment: [],
    });
    expect(ciCommand({ files: [{ path: "Dockerfile", content: "" }], config: { rules: { DL3008: "off" } } }).configFile).toBe(".shipshape.yaml");
  });
});
