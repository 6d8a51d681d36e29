import type { Example } from "./types";

/** Secrets baked into the image (bad). */
export const example: Example = {
  id: "secrets-bad",
  title: "Secrets baked into the image (bad)",
  description:
    "A token passed as a build argument and an environment variable ends up in the image history for anyone who pulls it.",
  files: [
    {
      path: "Dockerfile",
      content: `FROM node:20
ARG NPM_TOKEN
ENV API_KEY=sk_live_51Hx9fakefakefake
WORKDIR /app
COPY . .
RUN echo "//registry.npmjs.org/:_authToken=\${NPM_TOKEN}" > .npmrc && npm install
CMD npm start
`,
    },
  ],
};
