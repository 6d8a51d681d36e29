import { describe, expect, it } from "vitest";
import { diffLines, unifiedDiff, withContext } from "./diff";

describe("diffLines", () => {
  it("marks a changed line as removed then added, with both line numbers", () => {
    expect(diffLines("FROM a\nCMD x\nUSER 1", "FROM a\nCMD [\"x\"]\nUSER 1")).toEqual([
      { kind: "same", text: "FROM a", before: 1, after: 1 },
      { kind: "removed", text: "CMD x", before: 2 },
      { kind: "added", text: 'CMD ["x"]', after: 2 },
      { kind: "same", text: "USER 1", before: 3, after: 3 },
    ]);
  });

  it("finds inserted and deleted lines", () => {
    expect(diffLines("a\nb\nc", "a\nx\nb").map((line) => `${line.kind[0]}${line.text}`)).toEqual(["sa", "ax", "sb", "rc"]);
    expect(diffLines("", "a")).toEqual([{ kind: "removed", text: "", before: 1 }, { kind: "added", text: "a", after: 1 }]);
  });

  it("keeps only the context around changes", () => {
    const lines = diffLines("1\n2\n3\n4\n5\n6\n7\n8", "1\n2\n3\n4\n5\n6\n7\nX");
    expect(withContext(lines, 1).map((line) => (line ? `${line.kind[0]}${line.text}` : "…"))).toEqual(["…", "s7", "r8", "aX"]);
  });
});

describe("diffLines as an edit script", () => {
  /** The length of a longest common subsequence, by the plain table: the reference the script must match. */
  function lcsLength(a: string[], b: string[]): number {
    const table = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
    for (let i = a.length - 1; i >= 0; i--) for (let j = b.length - 1; j >= 0; j--) table[i]![j] = a[i] === b[j] ? table[i + 1]![j + 1]! + 1 : Math.max(table[i + 1]![j]!, table[i]![j + 1]!);
    return table[0]![0]!;
  }

  it("rebuilds both texts and keeps as many lines as a longest common subsequence, on random texts", () => {
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let round = 0; round < 300; round++) {
      const text = () => Array.from({ length: Math.floor(random() * 12) }, () => "abcd"[Math.floor(random() * 4)]!).join("\n");
      const before = text();
      const after = text();
      const lines = diffLines(before, after);
      expect(lines.filter((line) => line.kind !== "added").map((line) => line.text).join("\n")).toBe(before);
      expect(lines.filter((line) => line.kind !== "removed").map((line) => line.text).join("\n")).toBe(after);
      expect(lines.filter((line) => line.kind === "same")).toHaveLength(lcsLength(before.split("\n"), after.split("\n")));
    }
  });

  it("diffs a long file changed at both ends without a table of every pair of lines", () => {
    const body = Array.from({ length: 20_000 }, (_, i) => `RUN step ${i}`);
    const lines = diffLines(["FROM a", ...body, "CMD x"].join("\n"), ["FROM b", ...body, 'CMD ["x"]'].join("\n"));
    expect(lines.filter((line) => line.kind !== "same").map((line) => `${line.kind[0]}${line.text}`)).toEqual(["rFROM a", "aFROM b", "rCMD x", 'aCMD ["x"]']);
  });

  it("shows a middle too different to search removed, then added", () => {
    const before = Array.from({ length: 3000 }, (_, i) => `a${i}`).join("\n");
    const after = Array.from({ length: 3000 }, (_, i) => `b${i}`).join("\n");
    const kinds = diffLines(before, after).map((line) => line.kind);
    expect(kinds.indexOf("added")).toBe(3000);
    expect(kinds.filter((kind) => kind === "removed")).toHaveLength(3000);
  });
});

describe("unifiedDiff", () => {
  it("writes hunks with three lines of context, as diff -u does", () => {
    const before = ["FROM node:22", "WORKDIR /app", "COPY . .", "RUN npm ci", "ENV A=1", "ENV B=2", "ENV C=3", "ENV D=4", "CMD node server.js", ""].join("\n");
    const after = before.replace("RUN npm ci", "RUN npm ci --omit=dev").replace("CMD node server.js", 'CMD ["node", "server.js"]');
    expect(unifiedDiff("Dockerfile", before, after)).toBe(
      [
        "--- Dockerfile",
        "+++ Dockerfile",
        "@@ -1,9 +1,9 @@",
        " FROM node:22",
        " WORKDIR /app",
        " COPY . .",
        "-RUN npm ci",
        "+RUN npm ci --omit=dev",
        " ENV A=1",
        " ENV B=2",
        " ENV C=3",
        " ENV D=4",
        "-CMD node server.js",
        '+CMD ["node", "server.js"]',
        "",
      ].join("\n"),
    );
  });

  it("splits changes far apart into hunks, and numbers an insertion after the line it follows", () => {
    const before = Array.from({ length: 20 }, (_, i) => `L${i + 1}`).join("\n") + "\n";
    const after = before.replace("L2\n", "L2\nNEW\n").replace("L20\n", "L20 changed\n");
    const diff = unifiedDiff("f", before, after, 1);
    expect(diff.split("\n").filter((line) => line.startsWith("@@"))).toEqual(["@@ -2,2 +2,3 @@", "@@ -19,2 +20,2 @@"]);
    expect(unifiedDiff("f", "", "a\n")).toBe("--- f\n+++ f\n@@ -0,0 +1,1 @@\n+a\n");
  });

  it("says which side has no newline at its end", () => {
    expect(unifiedDiff("f", "CMD x", "CMD x\nUSER 1\n")).toBe("--- f\n+++ f\n@@ -1,1 +1,2 @@\n-CMD x\n\\ No newline at end of file\n+CMD x\n+USER 1\n");
    expect(unifiedDiff("f", "a\n", "a\n")).toBe("");
  });

  it("ends a file name holding a space with a tab, as GNU diff does, so patch reads it whole", () => {
    expect(unifiedDiff("my app/Dockerfile", "a\n", "b\n")).toBe("--- my app/Dockerfile\t\n+++ my app/Dockerfile\t\n@@ -1,1 +1,1 @@\n-a\n+b\n");
  });
});
