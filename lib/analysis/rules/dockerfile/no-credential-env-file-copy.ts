import { copyOperands, keyValues } from "../../dockerfile/model";
import { inheritedInstructions } from "../../dockerfile/stages";
import { defineDockerfileRule } from "../types";

/** Variables whose value is the path of a credential file (or, for DOCKER_CONFIG, of a directory holding one). */
const CREDENTIAL_PATH_VARIABLES = new Set([
  "GOOGLE_APPLICATION_CREDENTIALS", "AWS_SHARED_CREDENTIALS_FILE", "AWS_WEB_IDENTITY_TOKEN_FILE", "AZURE_AUTH_LOCATION",
  "KUBECONFIG", "HF_TOKEN_PATH", "NPM_CONFIG_USERCONFIG", "NETRC", "DOCKER_CONFIG",
]);

function basename(path: string): string {
  return path.replace(/\/+$/, "").replace(/^.*\//, "");
}

export default defineDockerfileRule<{ variable: string; path: string }>({
  meta: {
    id: "no-credential-env-file-copy",
    aliases: ["secret-file-env-copied"],
    category: "security",
    severity: "warning",
    fileKind: "dockerfile",
    docs: {
      summary: "A file that a credential variable points to is copied into the shipped image.",
      whatItDoes:
        "Flags `COPY`/`ADD` in the shipped stages whose destination is the path an `ENV`/`ARG` such as " +
        "`GOOGLE_APPLICATION_CREDENTIALS`, `AWS_SHARED_CREDENTIALS_FILE`, `KUBECONFIG`, `HF_TOKEN_PATH` or " +
        "`DOCKER_CONFIG` points to (or that copies to `$THAT_VARIABLE`).",
      whyItMatters:
        "The variable says the file holds credentials; copying it in ships them to everyone who can pull the image. " +
        "Mount it at run time (a volume or an orchestrator secret) and keep only the variable in the image.",
      example: "FROM python:3.12-slim\nENV GOOGLE_APPLICATION_CREDENTIALS=/app/key.json\nCOPY key.json /app/key.json\n",
      useInstead: "FROM python:3.12-slim\nENV GOOGLE_APPLICATION_CREDENTIALS=/run/secrets/gcp-key\n",
      fixSafety: "No fix is offered: the credential has to be provided at run time instead.",
      whenNotToUse: "Files that are placeholders for local tests and hold no real credential.",
    },
  },
  check({ model }, report) {
    const stage = model.finalStage;
    if (!stage) return;
    const paths = new Map<string, string>();
    for (const instruction of inheritedInstructions(stage)) {
      const { keyword } = instruction;
      if (keyword === "ENV" || keyword === "ARG") {
        for (const { name, value } of keyValues(instruction)) {
          if (CREDENTIAL_PATH_VARIABLES.has(name) && value?.value.startsWith("/")) paths.set(name, value.value.replace(/\/+$/, ""));
        }
        continue;
      }
      if (keyword !== "COPY" && keyword !== "ADD") continue;
      const operands = copyOperands(instruction);
      if (!operands) continue;
      const { sources, destination } = operands;
      const targets = destination.value.endsWith("/") ? sources.map((source) => destination.value + basename(source.value)) : [destination.value];
      for (const [variable, path] of paths) {
        const byName = new RegExp(`\\$\\{?${variable}\\b`).test(destination.raw);
        const byPath = targets.some((target) => target === path || (variable === "DOCKER_CONFIG" && target.startsWith(`${path}/`)));
        if (byName || byPath) {
          report({ range: destination.range, data: { variable, path } });
          break;
        }
      }
    }
  },
  message: ({ variable, path }) =>
    `\`${variable}\` says \`${path}\` holds credentials, and this copies a file there, so they ship in the image. Mount the file at run time (a volume or a secret) instead.`,
});
