import { dockerignore } from "./dockerignore";
import type { Lesson } from "./types";

export const lesson: Lesson = {
  id: "pin-versions",
  title: "Builds that build the same tomorrow",
  summary: "Moving tags and unlocked installs make today's image different from yesterday's: pin the base and install from the lockfile.",
  explanation: [
    "A tag such as `latest`, or no tag at all, names whatever the publisher pushed last. The same Dockerfile then builds on a new major version of the runtime one morning, with nothing in your history to say why the build broke or the image grew.",
    "Dependencies move the same way: `npm install` resolves version ranges again and may rewrite `package-lock.json` inside the image, so the versions you tested are not the ones you ship. `npm ci` installs exactly what the lockfile says, or fails.",
    "Pin the base to a version tag you chose (for example `node:22.11-bookworm-slim`) and update it on purpose, through a pull request a bot such as Renovate or Dependabot opens. Pin to a digest as well when you need the very same bytes.",
  ],
  rules: ["no-latest-tag", "no-untagged-image", "use-frozen-lockfile"],
  before: {
    note: "Two bases that move (`latest`, and no tag at all) and an install that ignores the lockfile.",
    files: [
      {
        path: "Dockerfile",
        content: `FROM node:latest AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm install
COPY . .
RUN npm run build

FROM node
WORKDIR /app
COPY --from=build /app/dist ./dist
USER 1000:1000
CMD ["node", "dist/server.js"]
`,
      },
    ],
  },
  after: {
    note: "Both stages start from the same chosen version; the build installs exactly what the lockfile records, and the shipped stage only production dependencies.",
    files: [
      {
        path: "Dockerfile",
        content: `FROM node:22.11-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

FROM node:22.11-bookworm-slim
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev
COPY --from=build /app/dist ./dist
USER 1000:1000
CMD ["node", "dist/server.js"]
`,
      },
      dockerignore("dist"),
    ],
  },
  takeaways: [
    "Choose the base version yourself; let a bot propose updates as pull requests.",
    "Install from the lockfile (`npm ci`, `yarn install --immutable`, `pnpm install --frozen-lockfile`).",
    "Pin to a digest when you must rebuild the very same image.",
  ],
  discussion: [
    "Which of your images would build differently if you rebuilt them today?",
    "Who notices, and how, when a pinned base gets a security fix?",
  ],
};
