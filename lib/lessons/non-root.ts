import { dockerignore } from "./dockerignore";
import type { Lesson } from "./types";

export const lesson: Lesson = {
  id: "non-root",
  title: "Drop root before the app starts",
  summary: "A container runs as root unless the image says otherwise: create a user with a fixed UID and switch to it.",
  explanation: [
    "Without a `USER` instruction the process runs as root inside the container. Namespaces keep it apart from the host, but a kernel bug, a mounted socket or a writable host path turns a compromised app into a compromised host.",
    "Create a dedicated user with a fixed UID and GID, give it only the directories it writes to, and switch to it with `USER` before `CMD`. Write the `USER` as numbers: Kubernetes' `runAsNonRoot` can only check a numeric user, and the same number keeps file ownership stable across rebuilds.",
  ],
  rules: ["no-root-user", "require-explicit-uid"],
  before: {
    note: "A user is created with whatever UID comes next, and never switched to: the app runs as root.",
    files: [
      {
        path: "Dockerfile",
        content: `FROM python:3.12-slim-bookworm
RUN useradd --create-home app
WORKDIR /app
COPY requirements.txt ./
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
CMD ["gunicorn", "--bind", "0.0.0.0:8000", "app:app"]
`,
      },
    ],
  },
  after: {
    note: "The user has a fixed UID and GID, owns only its data directory, and the image switches to it by number.",
    files: [
      {
        path: "Dockerfile",
        content: `FROM python:3.12-slim-bookworm
RUN groupadd --system --gid 10001 app \\
 && useradd --system --uid 10001 --gid app --no-create-home app \\
 && mkdir -p /app/data \\
 && chown app:app /app/data
WORKDIR /app
COPY requirements.txt ./
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
USER 10001:10001
CMD ["gunicorn", "--bind", "0.0.0.0:8000", "app:app"]
`,
      },
      dockerignore(".venv", "__pycache__"),
    ],
  },
  takeaways: [
    "End the shipped stage with `USER <uid>:<gid>`, in numbers.",
    "Create users with fixed IDs (`useradd --uid`, `adduser -u`).",
    "Hand the user only the directories it writes to; the code can stay owned by root.",
  ],
  discussion: [
    "What in your stack assumes it runs as root, and why?",
    "Which host paths do your containers mount, and could a root process in them do harm?",
  ],
};
