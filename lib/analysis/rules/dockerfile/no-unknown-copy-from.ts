import { flatMapped } from "../../arrays";
import { stageNamed } from "../../dockerfile/stages";
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
    profiles: { hadolint: "warning" },
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
  check({ model }, report) {
    const stageNames = flatMapped(model.stages, (stage) => (stage.name ? [stage.name] : []));
    for (const stage of model.stages) {
      for (const dependency of stage.dependencies) {
        const { via, instruction, word } = dependency;
        const reference = word.value;
        if (via !== "copy" || instruction.keyword !== "COPY" || dependency.stage || reference === "" || word.raw.includes("$")) continue;
        // The stage's own name or index is `no-copy-from-own-stage`'s finding.
        const target = stageNamed(model, reference);
        if (target === stage) continue;
        if (target) {
          report({ range: word.range, data: { kind: "later-stage", reference } });
        } else if (/^\d+$/.test(reference)) {
          report({ range: word.range, data: { kind: "index-out-of-range", reference } });
        } else if (!LOOKS_LIKE_IMAGE.test(reference)) {
          const suggestion = closestMatch(reference.toLowerCase(), stageNames);
          if (suggestion) report({ range: word.range, data: { kind: "typo", reference, suggestion, range: word.range } });
        }
      }
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
