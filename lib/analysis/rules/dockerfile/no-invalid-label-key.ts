import { keyValues } from "../../dockerfile/model";
import type { Range } from "../../types";
import { defineDockerfileRule } from "../types";

type Problem = "format" | "reserved";

interface Data {
  key: string;
  problem: Problem;
  range: Range;
}

/** Docker's guidance: lower-case alphanumerics, `.` and `-`, starting with a letter, no `..` or `--`. */
const KEY_FORMAT = /^[a-z](?:[a-z0-9]|[.-](?=[a-z0-9]))*$/;
const RESERVED_PREFIXES = ["com.docker.", "io.docker.", "org.dockerproject."];

export default defineDockerfileRule<Data>({
  meta: {
    id: "no-invalid-label-key",
    aliases: ["DL3048"],
    category: "style",
    severity: "style",
    fileKind: "dockerfile",
    profiles: { hadolint: "style" },
    docs: {
      summary: "A label key does not follow Docker's key format.",
      whatItDoes:
        "Flags label keys that are not lower-case letters, digits, `.` and `-` starting with a letter (without `..` or " +
        "`--`), and keys under the prefixes Docker reserves (`com.docker.`, `io.docker.`, `org.dockerproject.`).",
      whyItMatters:
        "Tools that read labels expect reverse-DNS keys such as `org.opencontainers.image.source`; odd keys are missed " +
        "by them or collide with Docker's own.",
      example: "FROM alpine:3.20\nLABEL Maintainer=jane@example.com\n",
      useInstead: "FROM alpine:3.20\nLABEL org.opencontainers.image.authors=jane@example.com\n",
      fixSafety: "Lower-casing a key is offered as unsafe: whatever reads the old key will no longer find it.",
      whenNotToUse: "Labels whose exact key another tool requires.",
    },
  },
  check({ model }, report) {
    for (const label of model.instructions) {
      if (label.keyword !== "LABEL") continue;
      for (const { name: key, nameWord } of keyValues(label)) {
        // A pair without a name is `no-invalid-key-value-syntax`'s finding.
        if (key === "" || nameWord.raw.includes("$")) continue;
        const range = nameWord.range;
        if (!KEY_FORMAT.test(key)) report({ range, data: { key, problem: "format", range } });
        else if (RESERVED_PREFIXES.some((prefix) => key.startsWith(prefix))) report({ range, data: { key, problem: "reserved", range } });
      }
    }
  },
  message: ({ key, problem }) =>
    problem === "reserved"
      ? `\`${key}\` uses a prefix Docker reserves for itself. Use your own reverse-DNS prefix (or an \`org.opencontainers.image.*\` key).`
      : `\`${key}\` is not a conventional label key; tools expect lower-case reverse-DNS keys such as \`org.opencontainers.image.title\`. Rename it.`,
  fix: ({ key, problem, range }) =>
    problem === "format" && KEY_FORMAT.test(key.toLowerCase())
      ? { title: `Rename the label to ${key.toLowerCase()}`, applicability: "unsafe", edits: [{ range, text: key.toLowerCase() }] }
      : undefined,
});
