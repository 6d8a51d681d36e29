import { copyOperands, flagNamed, instructionRange, instructionsWith } from "../../dockerfile/instructions";
import { findStage, stageOf } from "../../dockerfile/stages";
import { defineDockerfileRule } from "../types";

export default defineDockerfileRule<{ source: string; fromStage: boolean }>({
  meta: {
    id: "no-copy-root-filesystem",
    aliases: ["DL3067"],
    category: "size",
    severity: "warning",
    fileKind: "dockerfile",
    docs: {
      summary: "`COPY --from=stage / /` copies a whole filesystem.",
      whatItDoes:
        "Flags `COPY --from=<stage or image> / /` in a stage built on an image. Into `FROM scratch` the same instruction " +
        "is the deliberate way to flatten an image, and is accepted.",
      whyItMatters:
        "Copying the root of another stage brings its compilers, caches and package databases along, which defeats " +
        "the multi-stage build. From an image or a stage alike, it also overwrites the base image's own files " +
        "(`/etc/passwd`, the libc, the package database) with ones that do not belong to it.",
      example: "FROM golang:1.23 AS build\nRUN go build -o /out/app .\nFROM alpine:3.20\nCOPY --from=build / /\n",
      useInstead: "FROM golang:1.23 AS build\nRUN go build -o /out/app .\nFROM alpine:3.20\nCOPY --from=build /out/app /usr/local/bin/app\n",
      fixSafety: "No fix is offered: which artifacts the image needs is yours to say.",
      whenNotToUse: "Flattening an image into `FROM scratch` (already exempt).",
    },
  },
  *check({ model }) {
    for (const copy of instructionsWith(model, "COPY")) {
      const source = flagNamed(copy, "from")?.getValue();
      const operands = copyOperands(copy);
      const stage = stageOf(model, copy);
      if (!source || !operands || !stage || stage.from.getImage()?.toLowerCase() === "scratch") continue;
      if (operands.sources.length === 1 && operands.sources[0]!.value === "/" && operands.destination.value === "/") {
        yield { range: instructionRange(copy), data: { source, fromStage: findStage(model, source, stage) !== undefined } };
      }
    }
  },
  message: ({ source, fromStage }) =>
    fromStage
      ? `This copies the entire filesystem of the stage \`${source}\`, toolchain and caches included, which defeats the multi-stage build. Copy only the artifacts the image needs.`
      : `This copies every file of the image \`${source}\` over this stage, replacing base-image files such as \`/etc/passwd\` and the libc. Copy only the files you need (e.g. its binaries).`,
});
