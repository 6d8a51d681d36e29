import type { Range } from "../../types";
import { defineDockerfileRule } from "../types";

interface Data {
  keywordRange: Range;
  /**
   * Every source is surely no tar archive (a folder, or a file whose name says what it is): ADD unpacks a local tar by
   * its content, whatever its name, and COPY would not.
   */
  surelyPlain: boolean;
}

const GLOB = /[*?[]/;

const REMOTE = /^(https?:\/\/|git@|git:\/\/|ssh:\/\/)/i;
const TAR_ARCHIVE = /\.(tar|tar\.gz|tgz|tar\.bz2|tbz2?|tar\.xz|txz|tar\.zst|tzst)$/i;
/** Sources that are no tar archive: folders (`.`, `src/`), and files named for text, code or zip-based formats. */
const SURELY_PLAIN =
  /(^\.{1,2}$|\/$|\.(py|js|mjs|cjs|ts|tsx|jsx|json|ya?ml|toml|ini|conf|cfg|txt|md|sh|bash|env|properties|xml|html?|css|sql|rb|php|go|rs|java|kt|jar|war|ear|zip|whl|lock|pem|crt|key|sum|mod|ps1|cmd|bat|gradle|csv|svg|png|jpe?g|ico)$|(^|\/)(Gemfile|Makefile|Procfile|Dockerfile|LICENSE|README)$)/i;
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
        "`ADD` also fetches URLs and unpacks archives. Used for plain files, it hides that magic from readers: a local " +
        "source that is a tar archive (judged by its content, not its name) is unpacked instead of copied. `COPY` does " +
        "exactly one thing.",
      example: "FROM alpine:3.20\nADD app.py /srv/app.py\n",
      useInstead: "FROM alpine:3.20\nCOPY app.py /srv/app.py\n",
      fixSafety:
        "Safe when every source is surely no tar archive (a folder, or a file named for text, code, images or zip-based " +
        "formats such as `.jar`, which ADD never unpacks): `COPY` and `ADD` then copy the same bytes with the same flags. " +
        "Unsafe otherwise (`ADD rootfs.img /`, a glob): `ADD` unpacks a local tar archive judged by its content, `COPY` would not.",
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
        report({ range: keywordRange, data: { keywordRange, surelyPlain: sources.every((source) => !GLOB.test(source) && SURELY_PLAIN.test(source)) } });
      }
    }
  },
  message: () =>
    "`ADD` copies local files here, but it would also unpack archives and fetch URLs, which hides what goes into the image. Use `COPY` for local files.",
  fix: ({ keywordRange, surelyPlain }) => ({
    title: "Replace ADD with COPY",
    applicability: surelyPlain ? "safe" : "unsafe",
    edits: [{ range: keywordRange, text: "COPY" }],
  }),
});
