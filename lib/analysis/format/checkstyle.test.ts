import { describe, expect, it } from "vitest";
import { aDockerfileReport, aFinding } from "../testing/findings";
import type { Report } from "../types";
import { formatCheckstyle } from "./checkstyle";

describe("formatCheckstyle", () => {
  it("writes each file with its findings as errors at their line and column, the rule as source", () => {
    const report: Report = {
      files: [
        aDockerfileReport([
          aFinding({ rule: "use-exec-form", severity: "style", message: 'Write CMD ["node", "server.js"] & don\'t <wrap>\u0007', range: { start: { line: 3, column: 5 }, end: { line: 3, column: 18 } } }),
        ]),
        { path: "compose.yaml", kind: "compose", findings: [] },
      ],
    };
    expect(formatCheckstyle(report)).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<checkstyle version="4.3">',
        '  <file name="Dockerfile">',
        '    <error line="3" column="5" severity="info" message="Write CMD [&quot;node&quot;, &quot;server.js&quot;] &amp; don&apos;t &lt;wrap&gt;" source="shipshape.use-exec-form"/>',
        "  </file>",
        '  <file name="compose.yaml">',
        "  </file>",
        "</checkstyle>",
      ].join("\n"),
    );
  });
});
