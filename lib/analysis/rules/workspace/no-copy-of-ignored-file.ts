import { contextSources, dockerfileBuilds, dockerignoreFor } from "../../builds";
import { decidingPattern, mayReincludeUnder, patternBudget } from "../../dockerignore/model";
import { defineWorkspaceRule } from "../types";

export default defineWorkspaceRule<{ source: string; pattern: string; line: number; ignorePath: string }>({
  meta: {
    id: "no-copy-of-ignored-file",
    aliases: ["CopyIgnoredFile", "copy-ignored-file"],
    category: "correctness",
    severity: "error",
    fileKind: "workspace",
    docs: {
      summary: "A COPY needs a file that .dockerignore excludes.",
      whatItDoes:
        "Matches each literal `COPY`/`ADD` source against the build context's `.dockerignore` (Docker's own matching: " +
        "`**`, exceptions, last line wins) and flags sources it excludes. A directory with an exception for something " +
        "inside it (`src`, then `!src/index.js`) still arrives with what the exception brings back, so it is not flagged.",
      whyItMatters:
        "The builder never receives an ignored file: the build fails with \"not found\", or a directory arrives " +
        "partly empty and the image breaks at run time.",
      example: "==> Dockerfile <==\nFROM nginx:1.27\nCOPY dist/ /usr/share/nginx/html/\n==> .dockerignore <==\ndist\n",
      useInstead: "==> Dockerfile <==\nFROM nginx:1.27\nCOPY dist/ /usr/share/nginx/html/\n==> .dockerignore <==\n.git\n.env*\n**/*.pem\n**/*.key\n**/id_rsa*\n**/id_ed25519*\n*.log\nlogs\nnode_modules\n",
      fixSafety: "No fix: either the COPY or the .dockerignore line is wrong, and only you know which.",
      whenNotToUse: "Always keep it on.",
    },
  },
  check({ workspace }, report) {
    // One budget for every lookup: thousands of sources against thousands of `**` lines would take minutes.
    const budget = patternBudget();
    for (const build of dockerfileBuilds(workspace)) {
      const ignore = dockerignoreFor(workspace, build);
      if (!ignore) continue;
      for (const source of contextSources(build)) {
        if (/[*?[]/.test(source.path) || source.path === ".") continue;
        const deciding = decidingPattern(ignore, source.path, budget);
        if (deciding === null) return;
        if (deciding && !deciding.negated && !mayReincludeUnder(ignore, deciding, source.path)) {
          report({ path: build.path, range: source.range, data: { source: source.source, pattern: deciding.source, line: deciding.line, ignorePath: ignore.path } });
        }
      }
    }
  },
  message: ({ source, pattern, line, ignorePath }) =>
    `\`${source}\` is excluded from the build context by \`${pattern}\` (${ignorePath}, line ${line}), so this COPY fails or copies nothing. Remove that line, add \`!${source.replace(/^\.?\//, "")}\` after it, or copy something else.`,
});
