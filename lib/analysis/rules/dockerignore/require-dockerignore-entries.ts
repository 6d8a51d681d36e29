import { decidingPattern, type DockerignoreFile } from "../../dockerignore/model";
import type { Fix } from "../../types";
import { defineDockerignoreRule } from "../types";

/** What a build context should leave out: sample paths that must be ignored, and the pattern that ignores them. */
const EXPECTED: Array<{ what: string; samples: string[]; pattern: string; why: string }> = [
  { what: "the Git history", samples: [".git/HEAD"], pattern: ".git", why: "it is often larger than the code and can hold secrets that were deleted from the files" },
  { what: "environment files", samples: [".env", ".env.local", ".env.production"], pattern: ".env*", why: "they hold credentials that end up in an image layer" },
  { what: "private keys", samples: ["id_rsa", "id_ed25519", "server.key", "cert.pem", "config/tls/server.pem"], pattern: "**/*.pem\n**/*.key\n**/id_rsa*\n**/id_ed25519*", why: "a key copied into an image is published with it" },
  { what: "installed dependencies", samples: ["node_modules/x/index.js"], pattern: "node_modules", why: "the image should install them for its own platform, and they make the context huge" },
  { what: "log files", samples: ["npm-debug.log", "logs/app.log"], pattern: "*.log\nlogs", why: "they change all the time, bust the build cache and may contain personal data" },
];

interface Data {
  missing: typeof EXPECTED;
}

function appendFix(file: DockerignoreFile, missing: Data["missing"]): Fix {
  const end = file.lines.positionAt(file.text.length);
  const separator = file.text === "" || file.text.endsWith("\n") ? "" : "\n";
  return {
    title: `Ignore ${missing.map((entry) => entry.what).join(", ")}`,
    applicability: "unsafe",
    edits: [{ range: { start: end, end }, text: `${separator}${missing.map((entry) => entry.pattern).join("\n")}\n` }],
  };
}

export default defineDockerignoreRule<Data>({
  meta: {
    id: "require-dockerignore-entries",
    aliases: ["dockerignore-missing-entries"],
    category: "security",
    severity: "warning",
    fileKind: "dockerignore",
    docs: {
      summary: "The .dockerignore lets secrets or bulky files into the build context.",
      whatItDoes:
        "Checks that the file excludes the Git history (`.git`), environment files (`.env*`), private keys " +
        "(`*.pem`, `*.key`, `id_rsa`), installed dependencies (`node_modules`) and logs. A file an `!` line lets back " +
        "in (`!.env.production`) was kept on purpose and is not reported.",
      whyItMatters:
        "Everything not ignored is sent to the builder, and one `COPY . .` puts it into a layer that is pushed with " +
        "the image. That is how `.env` files and SSH keys end up on public registries; it also slows every build.",
      example: "# build output\ndist\n",
      useInstead: "dist\n.git\n.env*\n**/*.pem\n**/*.key\n**/id_rsa*\n**/id_ed25519*\nnode_modules\n*.log\nlogs\n",
      fixSafety: "The fix appends the missing patterns; unsafe because a build that needs one of these files (say, a `.env` it copies on purpose) then fails.",
      whenNotToUse: "Builds that really need one of these files; add an `!` exception for that file rather than dropping the rule.",
    },
  },
  check({ file }, report) {
    // Let in means no line decides about the sample. One that an `!` line lets back in was kept on purpose (the way
    // the docs advise for a file the build needs), and one the budget of pattern tests could not decide is not known.
    const missing = EXPECTED.filter((entry) => entry.samples.some((sample) => decidingPattern(file, sample) === undefined));
    if (missing.length > 0) report({ range: { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } }, data: { missing } });
  },
  message: ({ missing }) =>
    `This .dockerignore lets ${missing.map((entry) => `${entry.what} (\`${entry.pattern.split("\n")[0]}\`)`).join(", ")} into the build context: ${missing[0]!.why}. Add ${missing.length === 1 ? "the pattern" : "the patterns"}.`,
  fix: ({ missing }, { file }) => appendFix(file, missing),
});
