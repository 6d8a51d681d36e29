import { describe, expect, it, vi } from "vitest";
import { analyze } from "./engine";

// A parser that throws stands for a parser bug no known input triggers any more (the fuzzer's finds are fixed).
vi.mock("./dockerignore/model", async (importOriginal) => {
  const original = await importOriginal<typeof import("./dockerignore/model")>();
  return {
    ...original,
    parseDockerignore: (path: string, text: string) => {
      if (text.includes("parser bug")) throw new Error("parser bug");
      return original.parseDockerignore(path, text);
    },
  };
});

describe("a file whose parser fails", () => {
  it("gets one finding that says so, and the other files of the review are still reviewed", () => {
    const report = analyze([
      { path: "Dockerfile", content: "FROM ubuntu:latest\nCOPY . /app\n" },
      { path: ".dockerignore", content: "# parser bug\nnode_modules\n" },
    ]);
    const [dockerfile, dockerignore] = report.files;
    expect(dockerfile!.findings.map((finding) => finding.rule)).toContain("no-latest-tag");
    expect(dockerignore!.kind).toBe("dockerignore");
    expect(dockerignore!.findings).toEqual([
      expect.objectContaining({
        rule: "internal-error",
        severity: "error",
        message: "The parser failed on this file (parser bug). Please report it; no check could read the file, the other files were reviewed.",
      }),
    ]);
  });
});
