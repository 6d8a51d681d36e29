import type { Example } from "./types";

/** Secrets mounted only while building. */
export const example: Example = {
  id: "secrets-good",
  title: "Secrets mounted only while building",
  description:
    "The registry token is a BuildKit secret: it is readable during one RUN and never written to a layer. Runtime secrets come from the platform.",
  files: [
    {
      path: "Dockerfile",
      content: `# syntax=docker/dockerfile:1
FROM node:22.11-bookworm-slim
WORKDIR /app
COPY package.json package-lock.json ./
# docker build --secret id=npmrc,src=$HOME/.npmrc .
RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci --omit=dev
COPY . .
# 1000 is the image's node user, by number so Kubernetes can check it is not root.
USER 1000:1000
CMD ["node", "server.js"]
`,
    },
    {
      path: ".dockerignore",
      content: `.git
node_modules
.env*
**/*.pem
**/*.key
**/id_rsa*
**/id_ed25519*
**/*.log
`,
    },
    {
      path: "compose.yaml",
      content: `services:
  api:
    build: .
    # node does not handle SIGTERM as PID 1: Docker's init forwards signals and reaps children.
    init: true
    environment:
      API_KEY_FILE: /run/secrets/api_key
    secrets:
      - api_key
secrets:
  api_key:
    file: ./api_key.txt
`,
    },
  ],
};
