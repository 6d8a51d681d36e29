import type { Example } from "./types";

/** Layer caching done wrong (bad). */
export const example: Example = {
  id: "caching-bad",
  title: "Layer caching done wrong (bad)",
  description:
    "Copying the whole source before installing dependencies means every code change reinstalls every package.",
  files: [
    {
      path: "Dockerfile",
      content: `FROM node:20-bookworm
WORKDIR /app
COPY . .
RUN npm install
RUN apt-get update
RUN apt-get install -y imagemagick
RUN npm run build
CMD ["node", "dist/index.js"]
`,
    },
  ],
};
