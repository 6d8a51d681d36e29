import { describe, expect, it } from "vitest";
import { isIgnored, parseDockerignore } from "./model";

/** Expectations follow Docker's behaviour (moby/patternmatcher as used by BuildKit). */
function ignored(patterns: string, path: string): boolean | undefined {
  return isIgnored(parseDockerignore(".dockerignore", patterns), path);
}

describe(".dockerignore matching", () => {
  it.each([
    ["*.md", "README.md", true],
    ["*.md", "docs/README.md", false], // `*` never crosses `/`: patterns are anchored at the context root
    ["**/*.md", "docs/a/README.md", true],
    ["**/*.md", "README.md", true],
    ["node_modules", "node_modules/left-pad/index.js", true], // excluding a directory excludes its content
    ["node_modules", "web/node_modules/x.js", false],
    ["/build", "build/app.js", true], // a leading slash is dropped
    ["./build/", "build/app.js", true], // `./` and a trailing slash are cleaned away
    ["docs/**", "docs/a/b.txt", true],
    ["temp?", "temp1", true],
    ["temp?", "temp12", false],
    ["[a-c].txt", "b.txt", true],
    ["[^a-c].txt", "b.txt", false],
    ["\\*.txt", "*.txt", true],
    ["\\*.txt", "a.txt", false],
    ["**", "anything/at/all", true],
    [".git", ".git/HEAD", true],
    ["a/../b", "b/c", true],
    ["# comment\n\n  .env  \n", ".env", true],
    ["#.env", ".env", false],
  ])("%j against %j is %s", (patterns, path, expected) => {
    expect(ignored(patterns, path)).toBe(expected);
  });

  it("lets the last matching line decide, so exceptions must come after what they except", () => {
    expect(ignored("*.md\n!README.md", "README.md")).toBe(false);
    expect(ignored("*.md\n!README.md", "CHANGES.md")).toBe(true);
    expect(ignored("!README.md\n*.md", "README.md")).toBe(true);
    expect(ignored("docs\n!docs/keep.md", "docs/keep.md")).toBe(false);
    expect(ignored("docs\n!docs/keep.md", "docs/other.md")).toBe(true);
  });

  it("keeps the pattern, its polarity and its exact position", () => {
    const file = parseDockerignore(".dockerignore", "# deps\n  !./web/dist/ \n");
    expect(file.patterns).toEqual([
      expect.objectContaining({ source: "!./web/dist/", pattern: "web/dist", negated: true, line: 2, range: { start: { line: 2, column: 3 }, end: { line: 2, column: 15 } } }),
    ]);
  });

  it("matches nothing with a pattern Go rejects (unclosed class)", () => {
    expect(ignored("[abc", "[abc")).toBe(false);
  });
});
