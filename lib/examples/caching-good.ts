import type { Example } from "./types";

/** Layer caching done right. */
export const example: Example = {
  id: "caching-good",
  title: "Layer caching done right",
  description:
    "Files that change rarely are copied first, so editing the source only rebuilds the last layers; apt and npm caches stay out of the image.",
  files: [
    {
      path: "Dockerfile",
      content: `# syntax=docker/dockerfile:1
FROM node:22.11-bookworm-slim
RUN apt-get update \\
 && apt-get install -y --no-install-recommends imagemagick \\
 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
# Dependencies change less often than the code: their layer is reused across most builds.
COPY package.json package-lock.json ./
RUN --mount=type=cache,target=/root/.npm npm ci
COPY . .
RUN npm run build
USER node
CMD ["node", "dist/index.js"]
`,
    },
  ],
};
