import { describe, expect, it } from "vitest";
import { applyEdits } from "../text";
import { appendToInstruction, insertAfterInstruction, insertBeforeInstruction, replaceSpan } from "./edits";
import { parseDockerfile } from "./model";

const text = "FROM debian:12\n  RUN apt-get update \\\n    && apt-get install -y curl\nCOPY <<EOF /etc/x\nkey=1\nEOF\nCMD [\"x\"]\n";
const model = parseDockerfile(text);
const [, run, copy, cmd] = model.instructions;
const apply = (edit: Parameters<typeof applyEdits>[1][number]) => applyEdits(text, [edit]).text;

describe("fix helpers", () => {
  it("appends to the end of a continued RUN", () => {
    expect(apply(appendToInstruction(model, run!, " && rm -rf /var/lib/apt/lists/*"))).toBe(
      text.replace("curl\n", "curl && rm -rf /var/lib/apt/lists/*\n"),
    );
  });

  it("inserts lines after an instruction's heredoc bodies and before an instruction, keeping indentation", () => {
    expect(apply(insertAfterInstruction(model, copy!, "USER 10001"))).toBe(text.replace("EOF\nCMD", "EOF\nUSER 10001\nCMD"));
    expect(apply(insertBeforeInstruction(model, run!, "ARG DEBIAN_FRONTEND=noninteractive"))).toBe(
      text.replace("  RUN", "  ARG DEBIAN_FRONTEND=noninteractive\n  RUN"),
    );
  });

  it("replaces a word", () => {
    expect(apply(replaceSpan(cmd!.args[0]!, '"y"'))).toBe(text.replace('["x"]', '["y"]'));
  });
});
