import { keyValues } from "../../dockerfile/model";
import { notShippedNote } from "../../dockerfile/stages";
import { isSwitchValue, looksLikeSecretName } from "../../secrets";
import { defineDockerfileRule } from "../types";

interface Data {
  keyword: string;
  name: string;
  note: string;
}

/** A value that only points at a mounted secret is not the secret itself. */
const SECRET_MOUNT_PATH = /^\/run\/secrets\//;

export default defineDockerfileRule<Data>({
  meta: {
    id: "no-secrets-in-arg-env",
    aliases: ["DL3064", "SecretsUsedInArgOrEnv", "DS-0031", "Secrets Stored In Dockerfile", "secret-in-build-arg", "CIS-DI-0010"],
    category: "security",
    severity: "warning",
    fileKind: "dockerfile",
    profiles: { hadolint: "warning" },
    docs: {
      summary: "A secret is passed through `ARG` or `ENV`.",
      whatItDoes:
        "Flags `ARG` and `ENV` whose name says it holds a secret (`…_PASSWORD`, `…_TOKEN`, `…_SECRET`, `API_KEY`, " +
        "`PRIVATE_KEY`…). Names that only point to a secret or identify something public are accepted: `…_FILE`, " +
        "`…_PATH`, `…_URL`, `…_VERSION`, `…_ID`, `PUBLIC_…`, `GPG_KEY` (a key fingerprint), and so are values that " +
        "are a switch (`true`, `false`, `yes`, `no`, `on`, `off`, `0`, `1`).",
      whyItMatters:
        "`ENV` values are stored in the image config and `ARG` values used by `RUN` end up in the image history: " +
        "`docker history` or `docker inspect` shows them to anyone who can pull the image. Build secrets mounted with " +
        "`RUN --mount=type=secret` are never written to a layer.",
      example: "FROM node:22-slim\nARG NPM_TOKEN\nRUN echo \"//registry.npmjs.org/:_authToken=${NPM_TOKEN}\" > ~/.npmrc && npm ci\n",
      useInstead: "# syntax=docker/dockerfile:1\nFROM node:22-slim\nRUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci\n",
      fixSafety: "No fix is offered: moving to a secret mount also changes how the build is invoked.",
      whenNotToUse: "Variables whose name merely sounds secret but holds public data; suppress the finding on that line.",
    },
  },
  check({ model }, report) {
    for (const instruction of model.instructions) {
      if (instruction.keyword !== "ARG" && instruction.keyword !== "ENV") continue;
      for (const { name, nameWord, value } of keyValues(instruction)) {
        if (!looksLikeSecretName(name) || SECRET_MOUNT_PATH.test(value?.value ?? "") || isSwitchValue(value?.value ?? "")) continue;
        report({ range: nameWord.range, data: { keyword: instruction.keyword, name, note: notShippedNote(instruction.stage) } });
      }
    }
  },
  message: ({ keyword, name, note }) =>
    `\`${keyword} ${name}\` puts a secret where \`docker history\`/\`docker inspect\` can read it${note}. ` +
    (keyword === "ENV"
      ? `Give it to the container when it starts (\`docker run -e\`, a compose secret or the platform's secret store); if the build needs it, use \`RUN --mount=type=secret,id=${name.toLowerCase()}\`.`
      : `Pass it with \`RUN --mount=type=secret,id=${name.toLowerCase()}\` instead.`),
});
