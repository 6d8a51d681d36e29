import { defineDockerfileRule } from "../types";

/** Flags that need a recent Dockerfile frontend. */
const MODERN_FLAGS = new Set(["mount", "link", "chmod", "checksum", "exclude", "parents", "keep-git-dir", "network", "security"]);

export default defineDockerfileRule<{ modernFeature: string | undefined }>({
  meta: {
    id: "use-syntax-directive",
    aliases: ["syntax-directive"],
    category: "reliability",
    severity: "info",
    // Nearly every real Dockerfile lacks it (85 % of the corpus): useful advice, too loud as a default.
    profiles: { recommended: "off" },
    fileKind: "dockerfile",
    docs: {
      summary: "The Dockerfile does not declare its syntax version.",
      whatItDoes:
        "Flags a Dockerfile without a `# syntax=` parser directive; the message names the newer feature it uses " +
        "(`RUN --mount`, heredocs, `COPY --link`…), if any.",
      whyItMatters:
        "Without it, the file is built by whatever frontend the local Docker bundles: an older engine fails on cache " +
        "and secret mounts or heredocs, and new build checks stay off. `# syntax=docker/dockerfile:1` picks the " +
        "latest stable 1.x everywhere.",
      example: "FROM node:22-slim\nRUN --mount=type=cache,target=/root/.npm npm ci\n",
      useInstead: "# syntax=docker/dockerfile:1\nFROM node:22-slim\nRUN --mount=type=cache,target=/root/.npm npm ci\n",
      fixSafety:
        "Offered as unsafe: with the directive, BuildKit pulls the `docker/dockerfile:1` frontend image, which needs " +
        "registry access (air-gapped builders need a mirror).",
      whenNotToUse: "Off by default (on in `strict`): nearly every Dockerfile lacks the directive, and builds work without it. Never in air-gapped build environments without a mirror of `docker/dockerfile`.",
    },
  },
  check({ model }, report) {
    const first = model.instructions[0];
    if (!first || model.stages.length === 0) return;
    if (model.directives.some((directive) => directive.name === "syntax")) return;
    const modern = model.instructions.find((instruction) =>
      instruction.flags.some((flag) => MODERN_FLAGS.has(flag.name)) ||
      (["RUN", "COPY"].includes(instruction.keyword) && instruction.heredocs.length > 0));
    const modernFlag = modern?.flags.find((flag) => MODERN_FLAGS.has(flag.name));
    const modernFeature = modern && (modernFlag ? `${modern.keyword} --${modernFlag.name}` : "heredocs");
    report({ range: first.keywordWord.range, data: { modernFeature } });
  },
  message: ({ modernFeature }) =>
    modernFeature
      ? `This Dockerfile uses \`${modernFeature}\` but does not declare its syntax, so older Docker engines fail to build it. Start the file with \`# syntax=docker/dockerfile:1\`.`
      : "No `# syntax=` directive: the build uses whatever Dockerfile frontend the local Docker bundles. Start the file with `# syntax=docker/dockerfile:1` for the same features and checks everywhere.",
  fix: () => ({
    title: "Declare # syntax=docker/dockerfile:1",
    applicability: "unsafe",
    edits: [{ range: { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } }, text: "# syntax=docker/dockerfile:1\n" }],
  }),
});
