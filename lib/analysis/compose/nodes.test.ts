import { parseDocument } from "yaml";
import { describe, expect, it } from "vitest";
import { entry, text } from "./nodes";

describe("aliases", () => {
  it("name the last node anchored with their name before them, as YAML reads a redefined anchor", () => {
    const doc = parseDocument("a: &v one\nb: *v\nc: &v two\nd: *v\n", { merge: true });
    expect(text(entry(doc, doc.contents, "b")?.value)).toBe("one");
    expect(text(entry(doc, doc.contents, "d")?.value)).toBe("two");
  });
});
