import type { Example } from "./types";

/** Compose for development and production. */
export const example: Example = {
  id: "compose-dev-prod",
  title: "Compose for development and production",
  description:
    "compose.yaml describes production; compose.override.yaml, read automatically by `docker compose up`, adds live reload and debug ports for development.",
  files: [
    {
      path: "compose.yaml",
      content: `services:
  web:
    build:
      context: .
      target: runtime
    image: registry.example.com/shop/web:1.4.2
    ports:
      - "8080:3000"
    environment:
      DATABASE_URL: postgres://shop@db:5432/shop
    depends_on:
      db:
        condition: service_healthy
    # node does not handle SIGTERM as PID 1: Docker's init forwards signals and reaps children.
    init: true
    restart: unless-stopped
  db:
    image: postgres:16.4-bookworm
    environment:
      POSTGRES_USER: shop
      POSTGRES_PASSWORD_FILE: /run/secrets/db_password
    secrets:
      - db_password
    volumes:
      - db-data:/var/lib/postgresql/data
    healthcheck:
      test: ["CMD-SHELL", "pg_isready -U shop"]
      interval: 10s
      timeout: 3s
      retries: 5
volumes:
  db-data:
secrets:
  db_password:
    file: ./secrets/db_password.txt
`,
    },
    {
      path: "compose.override.yaml",
      content: `services:
  web:
    build:
      target: build
    command: ["npm", "run", "dev"]
    environment:
      NODE_ENV: development
    volumes:
      - ./src:/src/src
    ports:
      - "9229:9229"
`,
    },
    {
      path: "Dockerfile",
      content: `FROM node:22.11-bookworm-slim AS build
WORKDIR /src
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

FROM node:22.11-bookworm-slim AS runtime
WORKDIR /app
COPY --from=build /src/dist ./dist
COPY --from=build /src/node_modules ./node_modules
USER 1000:1000
CMD ["node", "dist/server.js"]
`,
    },
    {
      path: ".dockerignore",
      content: `# Only sources go into the build context: no history, dependencies, build output, logs or secrets.
.git
node_modules
dist
**/*.log
.env*
secrets
**/*.pem
**/*.key
**/id_rsa*
**/id_ed25519*
`,
    },
  ],
};
