import { describe, expect, it } from "vitest";
import { analyze } from "./engine";
import "./size/bundled-data";
import type { SourceFile } from "./types";

/**
 * Inputs a fuzzing run found to crash, hang or blow up the analysis, in the shape it found them (each part has its
 * own unit test): every rule, the size estimate and the cross-file rules must read them without an internal error
 * and with a report of sensible size. On the code before the fixes, this file did not finish in ten minutes.
 */
const doubling = Array.from({ length: 15 }, (_, i) => (i === 0 ? "ARG A0=xxxxxxxx" : `ARG A${i}=${`\${A${i - 1}}`.repeat(4)}`)).join("\n");
const dockerfile = (content: string): SourceFile[] => [{ path: "Dockerfile", content }];

const CASES: Record<string, SourceFile[]> = {
  "a variable in a scratch stage": dockerfile("FROM scratch\nENV B=$A\nARG C=$D\nUSER $U\nWORKDIR /$W\n"),
  "ARG values doubling on every line": dockerfile(`${doubling}\nFROM ubuntu:$A14\nRUN echo $A14\n`),
  "defaults nested 2,100 deep in FROM": dockerfile(`FROM ${"${C-".repeat(2_100)}alpine${"}".repeat(2_100)}\n`),
  "command substitutions nested 900 deep": dockerfile(`FROM ubuntu:24.04\nRUN ${"$(".repeat(900)}\n`),
  "an apt package named after an Object.prototype member": dockerfile("FROM ubuntu:24.04\nRUN apt-get install -y constructor __proto__ toString\n"),
  "a COPY of 1,000 sources": dockerfile(`FROM ubuntu:24.04\nCOPY ${Array.from({ length: 1_000 }, (_, i) => `f${i}`).join(" ")} /dst/\n`),
  "one RUN of 400 chained installs": dockerfile(`FROM ubuntu:24.04\nRUN ${Array.from({ length: 400 }, (_, i) => `apt-get install -y p${i}`).join(" && ")}\n`),
  ".dockerignore patterns of repeated **": [
    { path: "Dockerfile", content: "FROM alpine:3.20\nCOPY . /app\n" },
    { path: ".dockerignore", content: `${"**/".repeat(500)}a\n${"**/a/".repeat(40)}b\n${"**/".repeat(10_200)}a\n` },
  ],
  "compose defaults nested 4,300 deep": [
    { path: "compose.yaml", content: `services:\n  a:\n    image: "${"${A-".repeat(4_300)}x${"}".repeat(4_300)}"\n    ports: ["5432:5432"]\n` },
  ],
};

describe("hostile inputs found by fuzzing", () => {
  it.each(Object.entries(CASES))("%s: reviewed without an internal error", (_, files) => {
    const report = analyze(files);
    const internal = report.files.flatMap((file) => file.findings).filter((finding) => finding.rule === "internal-error");
    expect(internal.map((finding) => finding.message)).toEqual([]);
    expect(JSON.stringify(report).length).toBeLessThan(1_000_000);
  });
});
