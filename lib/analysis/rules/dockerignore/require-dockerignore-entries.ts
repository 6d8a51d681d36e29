import { decidingPattern, type DockerignoreFile } from "../../dockerignore/model";
import type { Fix } from "../../types";
import { defineDockerignoreRule } from "../types";

/** What a build context should leave out: the patterns that ignore it, each with sample paths it must ignore. */
const EXPECTED: Array<{ what: string; patterns: Array<{ pattern: string; samples: string[] }>; why: string }> = [
  { what: "the Git history", patterns: [{ pattern: ".git", samples: [".git/HEAD"] }], why: "it is often larger than the code and can hold secrets that were deleted from the files" },
  { what: "environment files", patterns: [{ pattern: ".env*", samples: [".env", ".env.local", ".env.production"] }], why: "they hold credentials that end up in an image layer" },
  {
    what: "private keys",
    patterns: [
      { pattern: "**/*.pem", samples: ["cert.pem", "config/tls/server.pem"] },
      { pattern: "**/*.key", samples: ["server.key", "config/tls/server.key"] },
      { pattern: "**/id_rsa*", samples: ["id_rsa", "keys/id_rsa.pub"] },
      { pattern: "**/id_ed25519*", samples: ["id_ed25519", "keys/id_ed25519"] },
    ],
    why: "a key copied into an image is published with it",
  },
  { what: "installed dependencies", patterns: [{ pattern: "node_modules", samples: ["node_modules/x/index.js"] }], why: "the image should install them for its own platform, and they make the context huge" },
  {
    what: "log files",
    patterns: [{ pattern: "*.log", samples: ["npm-debug.log"] }, { pattern: "logs", samples: ["logs/app.log"] }],
    why: "they change all the time, bust the build cache and may contain personal data",
  },
];

interface Missing {
  what: string;
  why: string;
  /** The entry's patterns that some of their sample paths get past. */
  patterns: string[];
}

interface Data {
  missing: Missing[];
}

function appendFix(file: DockerignoreFile, missing: Data["missing"]): Fix {
  const end = file.lines.positionAt(file.text.length);
  const separator = file.text === "" || file.text.endsWith("\n") ? "" : "\n";
  return {
    title: `Ignore ${missing.map((entry) => entry.what).join(", ")}`,
    applicability: "unsafe",
    edits: [{ range: { start: end, end }, text: `${separator}${missing.flatMap((entry) => entry.patterns).join("\n")}\n` }],
  };
}

const codeList = (patterns: readonly string[]) => patterns.map((pattern) => `\`${pattern}\``).join(", ");

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
    const missing = EXPECTED.flatMap(({ what, why, patterns }) => {
      const letIn = patterns.filter(({ samples }) => samples.some((sample) => decidingPattern(file, sample) === undefined)).map(({ pattern }) => pattern);
      return letIn.length > 0 ? [{ what, why, patterns: letIn }] : [];
    });
    if (missing.length > 0) report({ range: { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } }, data: { missing } });
  },
  message: ({ missing }) =>
    `This .dockerignore lets ${missing.map((entry) => entry.what).join(", ")} into the build context: ${missing[0]!.why}. Add ${codeList(missing.flatMap((entry) => entry.patterns))}.`,
  fix: ({ missing }, { file }) => appendFix(file, missing),
});
