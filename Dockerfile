# syntax=docker/dockerfile:1

# Shipshape's web app: Next.js standalone output on Node 24 LTS.

FROM node:24.11.1-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json .npmrc ./
RUN --mount=type=cache,target=/root/.npm npm ci --no-audit --no-fund

FROM node:24.11.1-bookworm-slim AS build
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1
COPY --from=deps /app/node_modules ./node_modules
COPY . .
# postbuild copies public/ and .next/static into .next/standalone.
RUN npm run build

FROM node:24.11.1-bookworm-slim AS runtime
# tini reaps zombies and forwards signals, so `docker stop` shuts the server down cleanly.
RUN apt-get update \
 && apt-get install -y --no-install-recommends tini=0.19.0-1+b3 \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
ENV NODE_ENV=production \
    NEXT_TELEMETRY_DISABLED=1 \
    PORT=3000 \
    HOSTNAME=0.0.0.0 \
    SHIPSHAPE_DATA_DIR=/data
# Root-owned and read-only to the app's user: the server never writes to its own files.
COPY --from=build /app/.next/standalone ./
LABEL org.opencontainers.image.title="Shipshape" \
      org.opencontainers.image.description="Reviews Dockerfiles and Compose files against container best practices."
# Shared reports (SQLite) live in a volume only the app's user writes; DATABASE_URL selects Postgres instead.
RUN mkdir /data && chown 10001:10001 /data
VOLUME /data
USER 10001:10001
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s --start-period=10s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:3000/api/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
ENTRYPOINT ["/usr/bin/tini", "--"]
CMD ["node", "server.js"]
