import { example as secretsGood } from "../examples/secrets-good";
import { dockerignore } from "./dockerignore";
import type { Lesson } from "./types";

export const lesson: Lesson = {
  id: "build-secrets",
  title: "Secrets never touch a layer",
  summary: "Build arguments, environment variables and copied files all end up in the image: mount secrets only for the RUN that needs them.",
  explanation: [
    "Whoever can pull an image can read all of it: every layer's files, and in its history every `ARG` value a `RUN` used and every `ENV`. A token passed with `--build-arg` or written with `ENV` is therefore published with the image, and deleting a copied `.npmrc` in a later layer does not take it out of the earlier one.",
    "BuildKit's secret mounts solve this: `RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci` makes the file readable during that one command and writes it to no layer. Pass it with `docker build --secret id=npmrc,src=$HOME/.npmrc`.",
    "Runtime secrets do not belong in the image at all: the platform provides them when the container starts (Compose or Swarm secrets, Kubernetes secrets, a vault).",
  ],
  rules: ["no-secrets-in-arg-env", "no-secret-arg-in-run", "no-credentials-in-run", "no-credential-file-copy"],
  before: {
    note: "The registry token is a build argument used in a RUN, the `.npmrc` holding it is copied in, and the API key is baked in with ENV.",
    files: [
      {
        path: "Dockerfile",
        content: `FROM node:22.11-bookworm-slim
ARG NPM_TOKEN
WORKDIR /app
COPY .npmrc package.json package-lock.json ./
RUN npm config set //registry.npmjs.org/:_authToken "$NPM_TOKEN" && npm ci --omit=dev
ENV API_KEY=change-me-in-production
COPY . .
USER 1000:1000
CMD ["node", "server.js"]
`,
      },
    ],
  },
  after: {
    note: "The `.npmrc` is mounted for the one install that reads it and kept out of the context; the API key is no longer in the image: the platform provides it when the container starts.",
    // The Dockerfile of the Examples menu's "Secrets mounted only while building".
    files: [secretsGood.files.find((file) => file.path === "Dockerfile")!, dockerignore(".npmrc")],
  },
  takeaways: [
    "Anything in `ARG`, `ENV` or a copied file can be read by whoever pulls the image.",
    "Use `RUN --mount=type=secret` for build-time credentials.",
    "Keep credential files out of the build context with `.dockerignore`.",
  ],
  discussion: [
    "Where do your CI builds get their registry credentials from, and where do those end up?",
    "If a token leaked in an old image, how would you find every image that has it?",
  ],
};
