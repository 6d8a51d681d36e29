import { dockerignore } from "./dockerignore";
import type { Lesson } from "./types";

export const lesson: Lesson = {
  id: "layer-cache",
  title: "Order layers for the cache",
  summary: "Copy what changes rarely first: then editing a source file rebuilds one layer, not the dependency install.",
  explanation: [
    "The builder reuses a layer as long as its instruction and everything it copies are unchanged, and stops reusing at the first layer that differs: every layer after it is built again.",
    "`COPY . .` before the install therefore makes every code change reinstall every dependency. Copy the manifest and lockfile first, install, and copy the rest of the source afterwards: the install layer is then reused until the dependencies really change.",
    "A `.dockerignore` helps the same way: files that do not belong in the image (`.git`, local `node_modules`, logs) can neither invalidate the cache nor leak into a layer.",
  ],
  rules: ["no-source-copy-before-install"],
  before: {
    note: "The whole source is copied before the install, so any edit reinstalls every package.",
    files: [
      {
        path: "Dockerfile",
        content: `FROM node:22.11-bookworm-slim
WORKDIR /app
COPY . .
RUN npm ci --omit=dev
USER 1000:1000
CMD ["node", "server.js"]
`,
      },
      dockerignore(),
    ],
  },
  after: {
    note: "The manifest and lockfile come first; the source is copied after the install.",
    files: [
      {
        path: "Dockerfile",
        content: `FROM node:22.11-bookworm-slim
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev
COPY . .
USER 1000:1000
CMD ["node", "server.js"]
`,
      },
      dockerignore(),
    ],
  },
  takeaways: [
    "Order instructions from what changes least to what changes most.",
    "Copy dependency manifests and lockfiles, install, then copy the source.",
    "Keep the build context small with `.dockerignore`.",
  ],
  discussion: [
    "How long does your CI spend reinstalling dependencies that did not change?",
    "Which files in your build context change on every commit without mattering to the image?",
  ],
};
