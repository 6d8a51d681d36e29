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
RUN groupadd --system app && useradd --system --gid app --home-dir /srv/app app
COPY --chown=app:app . .
USER app
EXPOSE 8000
CMD ["gunicorn", "--bind", "0.0.0.0:8000", "shop.wsgi"]
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
