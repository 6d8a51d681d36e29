import { copyOperands } from "../../dockerfile/model";
import type { Flag } from "../../dockerfile/syntax";
import { defineDockerfileRule } from "../types";

interface Data {
  source: string;
  flag: Flag;
}

/**
 * Directories that are symlinks in many base images (merged /usr: `/bin` → `usr/bin`; `/var/run` → `/run`). A linked
 * layer does not see them, so copying below one would create a real directory that hides the link.
 */
const SYMLINKED_DIRECTORIES = /^\/(bin|sbin|lib|lib32|lib64|libx32|var\/run|var\/lock)(\/|$)/;

export default defineDockerfileRule<Data>({
  meta: {
    id: "prefer-copy-link",
    aliases: ["copy-link"],
    category: "performance",
    severity: "info",
    profiles: { recommended: "off" },
    fileKind: "dockerfile",
    docs: {
      summary: "A `COPY --from` could be a linked layer (`--link`).",
      whatItDoes:
        "Flags `COPY --from=<stage or image>` without `--link` in the stages the build runs. Not flagged: destinations " +
        "under directories that are often symlinks in the base image (`/bin`, `/lib`, `/var/run`…), and `--chown` with " +
        "a user or group name, which fails with `--link` (`invalid user index: -1`: a linked copy has no `/etc/passwd` to " +
        "look names up in; only numeric IDs and `root` work).",
      whyItMatters:
        "With `--link` the copied files become an independent layer: when an earlier instruction or the base image " +
        "changes, BuildKit reuses the layer instead of copying again, and with `--cache-from` or a base image update " +
        "it can rebase the image without rebuilding it. Multi-stage builds gain the most, since their final stage is " +
        "mostly `COPY --from`.",
      example: "# syntax=docker/dockerfile:1\nFROM golang:1.23 AS build\nRUN go build -o /out/app .\nFROM gcr.io/distroless/static-debian12\nCOPY --from=build /out/app /app\n",
      useInstead: "# syntax=docker/dockerfile:1\nFROM golang:1.23 AS build\nRUN go build -o /out/app .\nFROM gcr.io/distroless/static-debian12:nonroot\nCOPY --link --from=build /out/app /app\n",
      fixSafety:
        "Offered as unsafe: a linked copy is made without looking at the stage it lands in. A destination path that goes " +
        "through a symlink of the base image (`/usr/local/app` when `/usr/local` is a link) becomes a real directory that " +
        "hides the link, files are not merged with what the base has at that path but layered over it, and `--link` " +
        "needs BuildKit (Dockerfile syntax 1.4 or later): the legacy builder rejects it.",
      whenNotToUse:
        "Off by default: it is a build-speed optimisation, not a defect, and it changes how the destination is resolved. " +
        "Skip it when the destination goes through symlinks of the base image or when you build with the legacy builder.",
    },
  },
  check({ model }, report) {
    for (const stage of model.stages) {
      if (!stage.needed) continue;
      for (const instruction of stage.instructions) {
        if (instruction.keyword !== "COPY") continue;
        const from = instruction.flags.find((flag) => flag.name === "from");
        if (!from?.value || instruction.flags.some((flag) => flag.name === "link")) continue;
        const chown = instruction.flags.find((flag) => flag.name === "chown")?.value?.value;
        if (chown !== undefined && !/^(\d+|root)(:(\d+|root))?$/.test(chown)) continue;
        const destination = copyOperands(instruction)?.destination.value;
        if (destination === undefined || SYMLINKED_DIRECTORIES.test(destination)) continue;
        report({ range: from.range, data: { source: from.value.value, flag: from } });
      }
    }
  },
  message: ({ source }) =>
    `\`COPY --from=${source}\` without \`--link\`: the copy is redone whenever an earlier layer changes. With \`--link\` it becomes an independent layer that BuildKit reuses and can rebase (check that the destination does not go through a symlink of the base image).`,
  fix: ({ flag }) => ({ title: "Add --link", applicability: "unsafe", edits: [{ range: { start: flag.range.start, end: flag.range.start }, text: "--link " }] }),
});
