import { describe, expect, it } from "vitest";
import { isIgnored, parseDockerignore, patternMatcher } from "./model";

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

  it("matches patterns of many wildcards in time linear in the path, as Go's regexp does", () => {
    const repeated = "**/a/".repeat(40) + "b";
    const path = "a/".repeat(60) + "c";
    // Backtracking took minutes on the first of these: a return of it would stall this test.
    expect(ignored(repeated, path)).toBe(false);
    expect(ignored(repeated, "a/".repeat(40) + "b")).toBe(true);
    expect(ignored("*a".repeat(30) + "b", "a".repeat(5_000))).toBe(false);
    expect(ignored("**/".repeat(10_000) + "x", "deep/".repeat(50) + "x")).toBe(true);
  });

  it("gives the same answers with the linear-time matcher as with the regular expression", () => {
    let seed = 7;
    const pick = <T,>(items: readonly T[]) => items[(seed = (seed * 1103515245 + 12345) & 0x7fffffff) % items.length]!;
    const pieces = ["a", "b", "/", "*", "**", "**/", "?", "[ab]", "[^a]", "\\.", ".", "\\*", "+", "\\d", "1"];
    const characters = ["a", "b", "/", ".", "1", "c", "*", "+"];
    for (let n = 0; n < 20_000; n++) {
      const pattern = Array.from({ length: 1 + (n % 7) }, () => pick(pieces)).join("");
      const path = Array.from({ length: n % 11 }, () => pick(characters)).join("");
      expect(patternMatcher(pattern, "linear")?.test(path), `${pattern} ${path}`).toBe(patternMatcher(pattern, "regex")?.test(path));
    }
  });
});
