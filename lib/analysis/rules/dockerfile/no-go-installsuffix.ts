import type { Command } from "../../dockerfile/commands";
import type { DockerfileModel } from "../../dockerfile/model";
import type { Span } from "../../dockerfile/syntax";
import type { TextEdit } from "../../types";
import { defineDockerfileRule } from "../types";

interface Data {
  /** `-installsuffix cgo` as written. */
  written: string;
  /** `-a` is there too. */
  rebuildAll: boolean;
  /** Edits removing both; undefined when a flag is not cleanly separated by blanks, or in exec form (JSON strings). */
  edits: TextEdit[] | undefined;
}

/** Removes a span with the blanks before it; undefined when something other than a blank precedes it. */
function removeWithLeadingBlanks(model: DockerfileModel, span: { start: number; end: number }): TextEdit | undefined {
  let start = span.start;
  while (start > 0 && (model.text[start - 1] === " " || model.text[start - 1] === "\t")) start--;
  if (start === span.start) return undefined;
  return { range: model.rangeOf(start, span.end), text: "" };
}

function flagSpans(command: Command): { suffix: Span & { text: string }; all: Span | undefined } | undefined {
  const suffix = command.option("-installsuffix");
  if (!suffix) return undefined;
  const valueWord = suffix.value && suffix.value.word.start >= suffix.word.end ? suffix.value.word : undefined;
  const end = valueWord ?? suffix.word;
  const text = valueWord ? `${suffix.word.value} ${valueWord.value}` : suffix.word.value;
  const all = command.options.find((option) => option.written === "-a" && option.word.value === "-a")?.word;
  return { suffix: { start: suffix.word.start, end: end.end, range: { start: suffix.word.range.start, end: end.range.end }, text }, all };
}

export default defineDockerfileRule<Data>({
  meta: {
    id: "no-go-installsuffix",
    aliases: ["go-build-installsuffix"],
    category: "performance",
    severity: "info",
    fileKind: "dockerfile",
    docs: {
      summary: "`go build -a -installsuffix cgo`: an obsolete idiom that only slows the build.",
      whatItDoes: "Flags `-installsuffix` on `go build`/`go install` and removes it, with the `-a` that comes with it.",
      whyItMatters:
        "The idiom dates from Go 1.4, when a static build with `CGO_ENABLED=0` had to keep its compiled packages apart " +
        "from the cgo ones in `$GOROOT/pkg`. Since Go 1.10 the build cache keys every package by its settings, and " +
        "since Go 1.20 the standard library is not pre-installed at all: `-installsuffix` does nothing, and `-a` " +
        "forces every package, the standard library included, to be recompiled on every build.",
      example: "FROM golang:1.23 AS build\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 go build -a -installsuffix cgo -o /app .\n",
      useInstead: "FROM golang:1.23 AS build\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 go build -o /app .\n",
      fixSafety: "Safe: the binary is the same; only the needless rebuild of every package goes away.",
      whenNotToUse: "Builds pinned to Go releases older than 1.10.",
    },
  },
  check(context, report) {
    for (const run of context.model.instructions) {
      if (run.keyword !== "RUN") continue;
      for (const command of context.commands(run)) {
        if (!command.is("go", "build") && !command.is("go", "install")) continue;
        const spans = flagSpans(command);
        if (!spans) continue;
        const edits = [spans.suffix, ...(spans.all ? [spans.all] : [])].map((span) => removeWithLeadingBlanks(context.model, span));
        report({
          range: spans.suffix.range,
          data: { written: spans.suffix.text, rebuildAll: spans.all !== undefined, edits: command.origin !== "exec" && edits.every(Boolean) ? (edits as TextEdit[]) : undefined },
        });
      }
    }
  },
  message: ({ written, rebuildAll }) =>
    `\`${written}\` has had no effect since Go 1.10's build cache${rebuildAll ? ", and `-a` recompiles every package, the standard library included, on every build" : ""}. ` +
    `Remove ${rebuildAll ? "both flags" : "it"}; \`CGO_ENABLED=0\` alone gives the static binary.`,
  fix: ({ edits, rebuildAll }) => edits && { title: `Remove ${rebuildAll ? "`-a -installsuffix`" : "`-installsuffix`"}`, applicability: "safe", edits },
});
