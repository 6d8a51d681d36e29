import type { Lesson } from "./types";

export const lesson: Lesson = {
  id: "compose-production",
  title: "Compose for production",
  summary: "The compose file that runs a laptop demo is not the one for a server: pin images, keep passwords out, start in order, and bound every service.",
  explanation: [
    "`image: postgres` is whatever `latest` was when each host first pulled it: two servers can run different major versions, and the next `docker compose pull` upgrades the database unasked, and `POSTGRES_PASSWORD: example` puts the password in every copy of the repository. Pin images to a version and take secrets from files the platform provides (`POSTGRES_PASSWORD_FILE` with a Compose secret).",
    "`depends_on` in its short form only waits for the database container to start, not for the database to accept connections: give the database a `healthcheck` and wait for `condition: service_healthy`. Give the API one too, so that Docker, and whatever depends on the API, can tell a hung process from a working one.",
    "On a shared host, a service without limits can take all memory or fill the disk with logs, and one that crashes stays down without a restart policy. Set `restart`, memory and CPU limits and log rotation on every service (a `pids_limit` too, against fork bombs), and stop processes from gaining privileges.",
  ],
  rules: ["pin-service-image", "no-hardcoded-secrets", "use-healthy-dependency", "require-service-healthcheck", "require-restart-policy", "require-resource-limits", "require-log-rotation", "require-no-new-privileges"],
  before: {
    note: "A moving image, a password in the file, an API that neither has a health check nor waits for the database's, and no limits.",
    files: [
      {
        path: "compose.yaml",
        content: `services:
  api:
    image: registry.example.com/shop/api:2.3.1
    ports:
      - "127.0.0.1:8080:8080"
    environment:
      DATABASE_HOST: db
    depends_on:
      - db
  db:
    image: postgres
    environment:
      POSTGRES_PASSWORD: example
    volumes:
      - db-data:/var/lib/postgresql/data
    healthcheck:
      test: ["CMD", "pg_isready", "-U", "postgres"]
volumes:
  db-data:
`,
      },
    ],
  },
  after: {
    note: "Pinned images, the password from a secret file, the API waiting for a healthy database, and every service restarted, bounded and rotated.",
    files: [
      {
        path: "compose.yaml",
        content: `name: shop
# Settings every service shares, written once (extension fields and YAML anchors).
x-logging: &logging
  driver: json-file
  options:
    max-size: 10m
    max-file: "3"
x-hardening: &hardening
  restart: unless-stopped
  security_opt: ["no-new-privileges:true"]
  pids_limit: 200
  logging: *logging
services:
  api:
    <<: *hardening
    image: registry.example.com/shop/api:2.3.1
    depends_on:
      db:
        condition: service_healthy
    ports:
      - "127.0.0.1:8080:8080"
    environment:
      DATABASE_HOST: db
      DATABASE_PASSWORD_FILE: /run/secrets/db_password
    secrets:
      - db_password
    healthcheck:
      test: ["CMD", "/app/healthcheck"]
      interval: 30s
      timeout: 3s
      retries: 3
    read_only: true
    tmpfs:
      - /tmp
    cap_drop: [ALL]
    deploy:
      resources:
        limits:
          cpus: "1.0"
          memory: 512M
    networks: [frontend, backend]
  db:
    <<: *hardening
    image: postgres:17.2-bookworm
    environment:
      POSTGRES_PASSWORD_FILE: /run/secrets/db_password
    secrets:
      - db_password
    volumes:
      - db-data:/var/lib/postgresql/data
    healthcheck:
      test: ["CMD", "pg_isready", "-U", "postgres"]
      interval: 5s
      timeout: 3s
      retries: 5
    deploy:
      resources:
        limits:
          cpus: "1.0"
          memory: 1G
    networks: [backend]
networks:
  frontend:
  backend:
    internal: true
volumes:
  db-data:
secrets:
  db_password:
    file: ./secrets/db_password.txt
`,
      },
    ],
  },
  takeaways: [
    "Pin every image to a version; update on purpose.",
    "Secrets come from files the platform mounts (`*_FILE` variables), never from the compose file.",
    "Wait for `service_healthy`, not for a container to start.",
    "Give every service a restart policy, resource limits and log rotation; write shared settings once, in an `x-` extension field with a YAML anchor.",
  ],
  discussion: [
    "What happens to your stack today if the database restarts?",
    "How much memory could one runaway service take from the others on your host?",
  ],
};
