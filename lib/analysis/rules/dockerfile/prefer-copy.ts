import type { Range } from "../../types";
import { defineDockerfileRule } from "../types";

interface Data {
  keywordRange: Range;
  /** A source is a glob: a matching file could be an archive (ADD decides by content), which COPY would not unpack. */
  glob: boolean;
}

const GLOB = /[*?[]/;

const REMOTE = /^(https?:\/\/|git@|git:\/\/|ssh:\/\/)/i;
const TAR_ARCHIVE = /\.(tar|tar\.gz|tgz|tar\.bz2|tbz2?|tar\.xz|txz|tar\.zst|tzst)$/i;
/** Flags that only ADD understands; with them the instruction cannot simply become COPY. */
const ADD_ONLY_FLAGS = new Set(["checksum", "keep-git-dir", "unpack"]);

export default defineDockerfileRule<Data>({
  meta: {
    id: "prefer-copy",
    aliases: ["DL3020", "DS-0005", "CKV_DOCKER_4"],
    category: "maintainability",
    severity: "warning",
    fileKind: "dockerfile",
    profiles: { hadolint: "error" },
    docs: {
      summary: "`ADD` is used where `COPY` does the job.",
      whatItDoes: "Flags `ADD` whose sources are all local files or folders that are not tar archives.",
      whyItMatters:
        "`ADD` also fetches URLs and unpacks archives. Used for plain files, it hides that magic from readers: " +
        "renaming a file to `.tar.gz` silently changes what the image contains. `COPY` does exactly one thing.",
      example: "FROM alpine:3.20\nADD app.py /srv/app.py\n",
      useInstead: "FROM alpine:3.20\nCOPY app.py /srv/app.py\n",
      fixSafety:
        "Safe: for local, non-archive sources `COPY` and `ADD` copy the same bytes with the same flags. Unsafe when a " +
        "source is a glob: `ADD` unpacks any local tar archive it matches (judged by content, not name), `COPY` would not.",
      whenNotToUse: "Never for plain files; keep `ADD` for archives you want unpacked and for remote sources with `--checksum`.",
    },
  },
  check({ model }, report) {
    for (const instruction of model.instructions) {
      if (instruction.keyword !== "ADD" || instruction.flags.some((flag) => ADD_ONLY_FLAGS.has(flag.name))) continue;
      const sources = instruction.args.slice(0, -1).map((word) => word.value);
      if (sources.length === 0) continue;
      if (sources.every((source) => !REMOTE.test(source) && !TAR_ARCHIVE.test(source) && !source.includes("$"))) {
        const keywordRange = instruction.keywordWord.range;
        report({ range: keywordRange, data: { keywordRange, glob: sources.some((source) => GLOB.test(source)) } });
      }
    }
  },
  message: () =>
    "`ADD` copies local files here, but it would also unpack archives and fetch URLs, which hides what goes into the image. Use `COPY` for local files.",
  fix: ({ keywordRange, glob }) => ({
    title: "Replace ADD with COPY",
    applicability: glob ? "unsafe" : "safe",
    edits: [{ range: keywordRange, text: "COPY" }],
  }),
});
