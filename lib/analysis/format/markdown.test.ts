import { describe, expect, it } from "vitest";
import { analyze } from "../engine";
import type { Report } from "../types";
import { ENGINE_VERSION } from "../version";
import { formatMarkdown } from "./markdown";

const report = analyze([
  { path: "Dockerfile", content: "FROM node:latest\nCMD node server.js\n" },
  { path: "ok/Dockerfile", content: 'FROM node:22-slim\nUSER 1000\nCMD ["node"]\n' },
]);

describe("formatMarkdown", () => {
  it("writes a summary table, findings with rule links and positions, sizes and a link back", () => {
    const markdown = formatMarkdown(report, {
      reportUrl: "https://example.test/r/abc",
      rulesBaseUrl: "https://example.test/rules",
      sizes: [{ label: "final image", currentBytes: 1_100_000_000, suggestedBytes: 240_500_000 }, { label: "builder", currentBytes: 512 }],
    });
    const lines = markdown.split("\n");
    expect(lines.slice(0, 9)).toEqual([
      "## Shipshape review",
      "",
      "**4 findings** in 2 files (3 warnings, 1 info).",
      "",
      "| File | Error | Warning | Info | Style |",
      "| --- | ---: | ---: | ---: | ---: |",
      "| `Dockerfile` | 0 | 3 | 1 | 0 |",
      "| `ok/Dockerfile` | 0 | 0 | 0 | 0 |",
      "",
    ]);
    expect(lines).toContain("### `Dockerfile`");
    expect(lines).not.toContain("### `ok/Dockerfile`");
    expect(lines.filter((line) => line.startsWith("- **warning** "))).toHaveLength(3);
    expect(markdown).toContain("- **warning** [`no-latest-tag`](https://example.test/rules/no-latest-tag) line 1, column 11: `node:latest` moves");
    expect(markdown).toMatch(/\[`use-exec-form`\]\(https:\/\/example\.test\/rules\/use-exec-form\) line 2, column 5: .* _\(safe fix available\)_\n/);
    expect(markdown).toContain("| final image | 1.1 GB | 241 MB | −860 MB |\n| builder | 512 B | – | – |\n");
    expect(markdown.endsWith(`<sub>[Full review](https://example.test/r/abc) · Shipshape ${ENGINE_VERSION}</sub>\n`)).toBe(true);
  });

  it("says so when there is nothing to report, without a size section", () => {
    const markdown = formatMarkdown({ files: [{ path: "Dockerfile", kind: "dockerfile", findings: [] }] });
    expect(markdown).toBe(
      `## Shipshape review\n\nNo findings in 1 file.\n\n| File | Error | Warning | Info | Style |\n| --- | ---: | ---: | ---: | ---: |\n| \`Dockerfile\` | 0 | 0 | 0 | 0 |\n\n<sub>Shipshape ${ENGINE_VERSION}</sub>\n`,
    );
  });

  it("keeps hostile paths and messages from breaking out of code spans, tables or into HTML", () => {
    const hostile: Report = {
      files: [
        {
          path: "a|b`c<img src=x>.Dockerfile",
          kind: "dockerfile",
          findings: [{ rule: "x", aliases: [], severity: "error", category: "security", message: "bad <script>alert(1)</script>\n# heading | cell", range: { start: { line: 1, column: 1 }, end: { line: 1, column: 2 } }, fixes: [] }],
        },
      ],
    };
    const markdown = formatMarkdown(hostile);
    // Inside a code span `<img>` is shown as written (CommonMark decodes no entity there); only GFM's `|` needs escaping.
    expect(markdown).toContain("| ``a\\|b`c<img src=x>.Dockerfile`` | 1 | 0 | 0 | 0 |");
    expect(markdown).toContain("### ``a|b`c<img src=x>.Dockerfile``");
    expect(markdown).toContain(": bad &lt;script&gt;alert(1)&lt;/script&gt; # heading \\| cell\n");
    expect(markdown).not.toContain("<script>");
  });

  it("leaves code in messages as written: `&& rm` is no `&amp;&amp; rm` on GitHub", () => {
    const message = "End it with `&& rm -rf /var/lib/apt/lists/*`, pin `curl=<version>`, never `wget … | sh` & <b>.";
    const markdown = formatMarkdown({ files: [{ path: "Dockerfile", kind: "dockerfile", findings: [{ rule: "x", aliases: [], severity: "info", category: "size", message, range: { start: { line: 1, column: 1 }, end: { line: 1, column: 2 } }, fixes: [] }] }] });
    expect(markdown).toContain(": End it with `&& rm -rf /var/lib/apt/lists/*`, pin `curl=<version>`, never `wget … | sh` &amp; &lt;b&gt;.\n");
  });
});
