import { copyOperands } from "../../dockerfile/model";
import { defineDockerfileRule } from "../types";

export default defineDockerfileRule<{ source: string; fromStage: boolean }>({
  meta: {
    id: "no-copy-root-filesystem",
    aliases: ["DL3067"],
    category: "size",
    severity: "warning",
    fileKind: "dockerfile",
    profiles: { hadolint: "warning" },
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
  check({ model }, report) {
    for (const stage of model.stages) {
      if (stage.base.kind === "scratch") continue;
      for (const { via, instruction, stage: source, word } of stage.dependencies) {
        if (via !== "copy" || instruction.keyword !== "COPY") continue;
        const operands = copyOperands(instruction);
        if (operands?.sources.length === 1 && operands.sources[0]!.value === "/" && operands.destination.value === "/") {
          report({ range: instruction.range, data: { source: word.value, fromStage: source !== undefined } });
        }
      }
    }
  },
  message: ({ source, fromStage }) =>
    fromStage
      ? `This copies the entire filesystem of the stage \`${source}\`, toolchain and caches included, which defeats the multi-stage build. Copy only the artifacts the image needs.`
      : `This copies every file of the image \`${source}\` over this stage: whatever it holds at the stage's paths replaces the stage's own (for an image with an OS, \`/etc/passwd\` and the libc), and you cannot see which from here. Copy only the files you need (e.g. its binaries).`,
});
