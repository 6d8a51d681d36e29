import { copyOperands } from "../../dockerfile/model";
import { defineDockerfileRule } from "../types";

/** File names whose purpose is to hold credentials; templates such as `.env.example` are not matched. */
const CREDENTIAL_FILE = new RegExp(
  "(^|/)(" +
    [
      "id_(rsa|dsa|ecdsa|ed25519)", "[^/]*(private|priv)[^/]*\\.(pem|key)", "[^/]*\\.(p12|pfx|keystore|jks)",
      "[^/]*[-_.]key\\.pem", "[^/]*\\.key", "\\.env(\\.(?!example$|sample$|template$|dist$)[^/]+)?",
      "\\.npmrc", "\\.pypirc", "\\.netrc", "\\.git-credentials", "\\.dockercfg", "credentials(\\.json)?",
      "service[-_]?account[^/]*\\.json", "kubeconfig",
    ].join("|") +
    ")$",
  "i",
);

export default defineDockerfileRule<{ keyword: string; file: string }>({
  meta: {
    id: "no-credential-file-copy",
    aliases: ["no-copy-secret-files"],
    category: "security",
    severity: "warning",
    fileKind: "dockerfile",
    docs: {
      summary: "A credential file is copied into the shipped image.",
      whatItDoes:
        "Flags `COPY`/`ADD` in the shipped stages of files whose name marks them as credentials: SSH keys (`id_rsa`…), " +
        "private keys (`*.key`, `*private*.pem`, `*.p12`), `.env` files, `.npmrc`, `.pypirc`, `.netrc`, " +
        "`.git-credentials`, cloud `credentials`/service-account files and `kubeconfig`.",
      whyItMatters:
        "Anything copied into a layer ships with the image, even when a later `RUN rm` deletes it: the layer still " +
        "holds the file for anyone who pulls the image.",
      example: "FROM node:22-slim\nWORKDIR /app\nCOPY .npmrc package*.json ./\nRUN npm ci && rm .npmrc\n",
      useInstead: "# syntax=docker/dockerfile:1\nFROM node:22-slim\nWORKDIR /app\nCOPY package*.json ./\nRUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci\n",
      fixSafety: "No fix is offered: the build must receive the secret differently (`RUN --mount=type=secret`).",
      whenNotToUse: "Files that only look like credentials (a public `.npmrc` with a registry URL); suppress those lines.",
    },
  },
  check({ model }, report) {
    for (const instruction of model.instructions) {
      if ((instruction.keyword !== "COPY" && instruction.keyword !== "ADD") || !instruction.stage?.ships) continue;
      for (const source of copyOperands(instruction)?.sources ?? []) {
        if (CREDENTIAL_FILE.test(source.value)) report({ range: source.range, data: { keyword: instruction.keyword, file: source.value } });
      }
    }
  },
  message: ({ keyword, file }) =>
    `\`${keyword} ${file}\` puts a credential file into a layer of the shipped image, where it stays even if a later step deletes it. Mount it during the build with \`RUN --mount=type=secret\` instead.`,
});
