import { describe, expect, it } from "vitest";
import { diffLines, withContext } from "./line-diff";

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
