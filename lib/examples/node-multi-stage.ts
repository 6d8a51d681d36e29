import type { Example } from "./types";

/** Node.js app in two stages. */
export const example: Example = {
  id: "node-multi-stage",
  title: "Node.js app in two stages",
  description:
    "Build with the full toolchain, ship only the compiled app and its production dependencies, as an unprivileged user.",
  files: [
    {
      path: "Dockerfile",
      content: `# syntax=docker/dockerfile:1
# Stage 1: install everything and compile the TypeScript sources.
FROM node:22.11-bookworm-slim AS build
WORKDIR /src
COPY package.json package-lock.json ./
RUN npm ci
COPY tsconfig.json ./
COPY src ./src
RUN npm run build && npm prune --omit=dev

# Stage 2: only what runs in production.
FROM node:22.11-bookworm-slim AS runtime
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build --chown=node:node /src/node_modules ./node_modules
COPY --from=build --chown=node:node /src/dist ./dist
COPY --chown=node:node package.json ./
USER node
EXPOSE 3000
CMD ["node", "dist/server.js"]
`,
    },
    {
      path: ".dockerignore",
      content: `# Keep the build context small and free of local state.
node_modules
dist
.git
.env*
*.log
coverage
`,
    },
    {
      path: "package.json",
      content: `{
  "name": "orders-api",
  "private": true,
  "scripts": { "build": "tsc -p .", "start": "node dist/server.js" },
  "dependencies": { "fastify": "^5.1.0" },
  "devDependencies": { "typescript": "^5.6.3" }
}
`,
    },
  ],
};
