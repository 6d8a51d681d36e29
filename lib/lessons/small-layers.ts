import { dockerignore } from "./dockerignore";
import type { Lesson } from "./types";

export const lesson: Lesson = {
  id: "small-layers",
  title: "Leave the package manager's leftovers out",
  summary: "Package lists, download caches and recommended extras end up in layers you ship: keep them out in the same RUN that makes them.",
  explanation: [
    "Every `RUN` adds a layer, and a layer keeps every file it wrote, even if a later layer deletes it: the deletion only hides the file, the bytes still download with the image. Cleaning up therefore has to happen in the same `RUN` that made the mess.",
    "`apt-get update` downloads package lists (tens of megabytes) that nothing needs after the install. `apt-get install` also pulls in recommended packages unless told `--no-install-recommends`; they are often documentation, fonts or tools you never call. `pip install` keeps a cache of every download.",
    "Keep `apt-get update` and `apt-get install` in one `RUN` as well: in separate layers, the cached update can be weeks older than the install that uses it, which then fails or installs stale versions.",
  ],
  rules: ["no-stale-package-index", "use-no-install-recommends", "no-apt-lists-left", "no-delete-in-later-layer", "use-pip-no-cache-dir"],
  before: {
    note: "The package lists are deleted one layer too late, recommended packages come along, and pip keeps its cache.",
    files: [
      {
        path: "Dockerfile",
        content: `FROM python:3.12-slim-bookworm
RUN apt-get update
RUN apt-get install -y libpq5 curl
RUN rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY requirements.txt ./
RUN pip install -r requirements.txt
COPY . .
USER 65534:65534
CMD ["python", "-m", "app"]
`,
      },
    ],
  },
  after: {
    note: "One RUN updates, installs only what was asked for and removes the lists; pip keeps no cache. The review's size panel shows what that saves.",
    files: [
      {
        path: "Dockerfile",
        content: `FROM python:3.12-slim-bookworm
RUN apt-get update \\
 && apt-get install -y --no-install-recommends libpq5 curl \\
 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY requirements.txt ./
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
USER 65534:65534
CMD ["python", "-m", "app"]
`,
      },
      dockerignore(".venv", "__pycache__"),
    ],
  },
  takeaways: [
    "A file deleted in a later layer still ships: clean up in the RUN that created it.",
    "`apt-get update`, `apt-get install --no-install-recommends` and `rm -rf /var/lib/apt/lists/*` belong in one RUN.",
    "Tell package managers not to keep caches (`pip --no-cache-dir`, `apk add --no-cache`), or use a cache mount.",
  ],
  discussion: [
    "Which of your images' layers could you explain byte for byte?",
    "When is a recommended package one you actually need?",
  ],
};
