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
# tini runs as PID 1: it forwards docker stop's SIGTERM to node and reaps zombies.
RUN apt-get update \\
 && apt-get install -y --no-install-recommends tini=0.19.0-1 \\
 && rm -rf /var/lib/apt/lists/*
ENV NODE_ENV=production
WORKDIR /app
# 1000:1000 is the image's node user, given by number so Kubernetes can verify it is not root.
COPY --from=build --chown=1000:1000 /src/node_modules ./node_modules
COPY --from=build --chown=1000:1000 /src/dist ./dist
COPY --chown=1000:1000 package.json ./
USER 1000:1000
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=3s --start-period=10s --retries=3 \\
  CMD ["node", "-e", "fetch('http://127.0.0.1:3000/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
ENTRYPOINT ["/usr/bin/tini", "--"]
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
coverage
**/*.pem
**/*.key
**/id_rsa*
**/id_ed25519*
**/*.log
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
