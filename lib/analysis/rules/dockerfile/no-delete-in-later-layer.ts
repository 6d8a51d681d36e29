import { formatBytes } from "../../size/bytes";
import { linesPhrase } from "../../size/estimate";
import { defineDockerfileRule } from "../types";

interface Data {
  what: "files" | "packages";
  path: string;
  /** What put the first of the bytes there, and the lines of the layers that keep them. */
  created: string;
  createdLines: number[];
  compressedBytes: number;
}

export default defineDockerfileRule<Data>({
  meta: {
    id: "no-delete-in-later-layer",
    aliases: ["dive-wasted-bytes"],
    category: "size",
    severity: "warning",
    fileKind: "dockerfile",
    docs: {
      summary: "Files are deleted in a later layer than the one that added them.",
      whatItDoes:
        "Flags a `rm` (or `apt-get purge`) in a `RUN` of a stage that ships that deletes files an earlier instruction of the " +
        "stage (or of the stage it is built from) added: apt lists, package caches, downloaded archives, copied files, installed packages.",
      whyItMatters:
        "Every instruction is a layer, and layers only add. Deleting a file later hides it from the final filesystem but " +
        "the earlier layer still carries its bytes, so every pull still downloads them. Tools such as dive report these " +
        "as wasted bytes.",
      example: "FROM debian:bookworm-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl\nRUN rm -rf /var/lib/apt/lists/*\n",
      useInstead: "FROM debian:bookworm-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*\n",
      fixSafety:
        "No automatic fix: moving the deletion into the earlier RUN changes what the instructions in between see, so it needs a person.",
      whenNotToUse:
        "Builder stages (this rule already skips them), and deletions whose purpose is not size (removing a secret still leaves it in the earlier layer: use a secret mount instead).",
    },
  },
  check({ laterDeletions }, report) {
    for (const deletion of laterDeletions()) {
      report({
        range: deletion.range,
        data: { what: deletion.what, path: deletion.path, created: deletion.created, createdLines: deletion.createdLines, compressedBytes: deletion.compressed.estimate },
      });
    }
  },
  message: ({ what, path, created, createdLines, compressedBytes }) => {
    const [first] = createdLines;
    const verb = what === "packages" ? "installed" : "added";
    const origin = created.replace(/:.*$/, "");
    const source = createdLines.length === 1
      ? `line ${first} ${verb} it (${origin}) and that layer still ships`
      : `${linesPhrase(createdLines)} ${verb} it (line ${first}: ${origin}) and those layers still ship`;
    return what === "packages"
      ? `Removing \`${path}\` here does not make the image smaller: ${source} ≈ ${formatBytes(compressedBytes)} for it. Install, use and purge build dependencies in one RUN (with \`--auto-remove\`), or build in a separate stage.`
      : `Deleting \`${path}\` here does not make the image smaller: ${source} ≈ ${formatBytes(compressedBytes)}. Delete it in the same RUN that creates it, or keep it out with a cache mount.`;
  },
});
