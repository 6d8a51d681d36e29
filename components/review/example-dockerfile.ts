/** What the editor starts with: a plausible Node.js Dockerfile that shows off several rules at once. */
export const EXAMPLE_DOCKERFILE = `FROM node:latest
MAINTAINER Jane Doe <jane@example.com>

WORKDIR /app
RUN apt-get update && apt-get install -y curl

ADD package.json package-lock.json ./
RUN npm ci --omit=dev
ADD . .

EXPOSE 3000
CMD node server.js
`;
