import { flagNamed, instructionsWith } from "../../dockerfile/instructions";
import { toRange } from "../../dockerfile/model";
import { findStage, stageOf } from "../../dockerfile/stages";
import { closestMatch } from "../../similar";
import type { Range } from "../../types";
import { defineDockerfileRule } from "../types";

type Data =
  | { kind: "index-out-of-range"; reference: string }
  | { kind: "later-stage"; reference: string }
  | { kind: "typo"; reference: string; suggestion: string; range: Range };

/** Image references have a tag, digest, registry or path; a bare word may be an image or a stage typo. */
const LOOKS_LIKE_IMAGE = /[:/@.]/;

export default defineDockerfileRule<Data>({
  meta: {
    id: "no-unknown-copy-from",
    aliases: ["DL3022"],
    category: "correctness",
    severity: "warning",
    fileKind: "dockerfile",
    docs: {
      summary: "`COPY --from` names a stage that is not defined before it.",
      whatItDoes:
        "Flags `COPY --from` that refers to a stage defined further down (by name or index), to a stage index that " +
        "does not exist, or to a bare name one or two letters away from a stage name. Image references " +
        "(`--from=nginx:1.27`) and other bare image names are accepted: `--from` may name any image.",
      whyItMatters:
        "An unknown name is pulled as an image from Docker Hub: a typo in a stage name either fails the build or, " +
        "worse, copies files from a stranger's image. Forward references only work with BuildKit and read backwards.",
      example: "FROM golang:1.23 AS builder\nRUN go build -o /app .\nFROM alpine:3.20\nCOPY --from=buidler /app /app\n",
      useInstead: "FROM golang:1.23 AS builder\nRUN go build -o /app .\nFROM alpine:3.20\nCOPY --from=builder /app /app\n",
      fixSafety: "A typo gets an unsafe fix to the closest stage name (it changes where files come from); other cases get none.",
      whenNotToUse: "When you deliberately copy from a Docker Hub image whose bare name resembles one of your stage names.",
    },
  },
  *check({ model }) {
    const stageNames = model.stages.flatMap((stage) => (stage.name ? [stage.name] : []));
    for (const copy of instructionsWith(model, "COPY")) {
      const flag = flagNamed(copy, "from");
      const reference = flag?.getValue();
      const valueRange = flag?.getValueRange();
      const stage = stageOf(model, copy);
      if (!reference || !valueRange || !stage || reference.includes("$")) continue;
      const range = toRange(valueRange);
      // The stage's own name or index is `no-copy-from-own-stage`'s finding.
      const target = findStage(model, reference);
      if (target === stage || findStage(model, reference, stage)) continue;
      if (target) {
        yield { range, data: { kind: "later-stage", reference } };
        continue;
      }
      if (/^\d+$/.test(reference)) {
        yield { range, data: { kind: "index-out-of-range", reference } };
        continue;
      }
      if (LOOKS_LIKE_IMAGE.test(reference)) continue;
      const suggestion = closestMatch(reference.toLowerCase(), stageNames);
      if (suggestion) yield { range, data: { kind: "typo", reference, suggestion, range } };
    }
  },
  message: (data) => {
    switch (data.kind) {
      case "index-out-of-range":
        return `\`--from=${data.reference}\` points to no stage of this Dockerfile, so the build fails. Name the source stage (\`FROM … AS build\`) and use \`--from=build\`.`;
      case "later-stage":
        return `\`--from=${data.reference}\` refers to a stage defined further down; only BuildKit accepts that and readers expect sources first. Move that stage above this one.`;
      case "typo":
        return `\`--from=${data.reference}\` is no stage of this Dockerfile, so it would be pulled as an image from a registry. Did you mean the stage \`${data.suggestion}\`?`;
    }
  },
  fix: (data) =>
    data.kind === "typo"
      ? { title: `Copy from the stage ${data.suggestion}`, applicability: "unsafe", edits: [{ range: data.range, text: data.suggestion }] }
      : undefined,
});
