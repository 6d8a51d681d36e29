import type { Example } from "./types";

/** Python web app as a non-root user. */
export const example: Example = {
  id: "non-root-python",
  title: "Python web app as a non-root user",
  description:
    "Creates a dedicated system user, hands it only the directories it writes to, and drops root before the app starts.",
  files: [
    {
      path: "Dockerfile",
      content: `FROM python:3.12-slim-bookworm
ENV PYTHONDONTWRITEBYTECODE=1 \\
    PYTHONUNBUFFERED=1
WORKDIR /srv/app
COPY requirements.txt ./
RUN pip install --no-cache-dir -r requirements.txt
RUN groupadd --system --gid 10001 app \\
 && useradd --system --uid 10001 --gid app --no-log-init --home-dir /srv/app app
COPY --chown=10001:10001 . .
USER 10001:10001
EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=3s --start-period=10s --retries=3 \\
  CMD ["python", "-c", "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8000/healthz', timeout=2)"]
CMD ["gunicorn", "--bind", "0.0.0.0:8000", "shop.wsgi"]
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
      path: "requirements.txt",
      content: `gunicorn==23.0.0
Django==5.1.3
`,
    },
  ],
};
