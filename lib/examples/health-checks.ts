import type { Example } from "./types";

/** Health checks. */
export const example: Example = {
  id: "health-checks",
  title: "Health checks",
  description:
    "The image says how to tell it is healthy, and Compose starts the API only once the database answers.",
  files: [
    {
      path: "Dockerfile",
      content: `FROM python:3.12-slim-bookworm
WORKDIR /app
COPY requirements.txt ./
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
USER 65534:65534
EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=3s --start-period=10s --retries=3 \\
  CMD ["python", "-c", "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8000/healthz', timeout=2)"]
CMD ["uvicorn", "main:app", "--host", "0.0.0.0", "--port", "8000"]
`,
    },
    {
      path: ".dockerignore",
      content: `.git
.venv
__pycache__
.env*
node_modules
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
    depends_on:
      cache:
        condition: service_healthy
  cache:
    image: redis:7.4-alpine
    healthcheck:
      test: ["CMD", "redis-cli", "ping"]
      interval: 5s
      timeout: 2s
      retries: 5
`,
    },
  ],
};
