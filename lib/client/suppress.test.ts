import { describe, expect, it } from "vitest";
import { applyEdits } from "@/lib/analysis";
import { ignoreCommentEdit } from "./suppress";

const at = (line: number, column = 1) => ({ start: { line, column }, end: { line, column: column + 1 } });

function ignore(kind: "dockerfile" | "compose" | "dockerignore", text: string, line: number, column = 1): string | null {
  const edit = ignoreCommentEdit(kind, text, { rule: "some-rule", range: at(line, column) });
  return edit && applyEdits(text, [edit]).text;
}

describe("ignoreCommentEdit", () => {
  it("puts the Dockerfile pragma with a reason placeholder above the instruction's first line", () => {
    const text = "FROM a\nRUN apt-get update && \\\n    apt-get install -y curl\n";
    expect(ignore("dockerfile", text, 3, 5)).toBe("FROM a\n# shipshape-ignore some-rule -- reason\nRUN apt-get update && \\\n    apt-get install -y curl\n");
  });

  it("puts the Compose comment above the key, indented like it", () => {
    const text = "services:\n  web:\n    image: nginx:latest\n";
    expect(ignore("compose", text, 3, 12)).toBe("services:\n  web:\n    # shipshape-ignore some-rule\n    image: nginx:latest\n");
  });

  it("offers nothing for files without a comment syntax of ours", () => {
    expect(ignore("dockerignore", "node_modules\n", 1)).toBeNull();
  });
});
