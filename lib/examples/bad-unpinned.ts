import type { Example } from "./types";

/** Unpinned and oversized (bad). */
export const example: Example = {
  id: "bad-unpinned",
  title: "Unpinned and oversized (bad)",
  description:
    "An untagged base, a build toolchain shipped to production and a curl-piped installer.",
  files: [
    {
      path: "Dockerfile",
      content: `FROM node
RUN apt-get update && apt-get install -y build-essential python3
RUN curl -fsSL https://example.com/install.sh | sh
COPY . /app
WORKDIR /app
RUN npm install
ENTRYPOINT npm start
`,
    },
  ],
};
