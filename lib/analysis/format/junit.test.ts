import { describe, expect, it } from "vitest";
import { aDockerfileReport, aFinding } from "../testing/findings";
import type { Report } from "../types";
import { formatJunit } from "./junit";

describe("formatJunit", () => {
  it("writes a suite per file, a failing case per finding, and a passing case for a file without findings", () => {
    const report: Report = {
      files: [
        aDockerfileReport([aFinding({ message: "`node:latest` moves & \"breaks\"" })]),
        { path: "compose.yaml", kind: "compose", findings: [] },
      ],
    };
    expect(formatJunit(report)).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<testsuites name="shipshape" tests="2" failures="1">',
        '  <testsuite name="Dockerfile" tests="1" failures="1">',
        '    <testcase name="no-latest-tag at 1:11" classname="Dockerfile" file="Dockerfile" line="1">',
        '      <failure type="warning" message="`node:latest` moves &amp; &quot;breaks&quot;">Dockerfile:1:11 warning no-latest-tag: `node:latest` moves &amp; &quot;breaks&quot;</failure>',
        "    </testcase>",
        "  </testsuite>",
        '  <testsuite name="compose.yaml" tests="1" failures="0">',
        '    <testcase name="compose.yaml" classname="compose.yaml"/>',
        "  </testsuite>",
        "</testsuites>",
      ].join("\n"),
    );
  });
});
