import { testRule } from "../../testing/rule-tester";
import rule from "./prefer-copy-chown";

testRule(rule, {
  valid: [
    "FROM node:22-slim\nWORKDIR /app\nCOPY --chown=node:node . .\nUSER node\n",
    // A directory the COPY did not fill, a non-recursive chown of the directory itself, a chown after a cd.
    "FROM node:22-slim\nCOPY . /app\nRUN mkdir /data && chown -R node /data && chown node /app && cd /srv && chown -R node /app\n",
    // Builder stages do not ship their layers.
    "FROM node:22-slim AS build\nCOPY . /app\nRUN chown -R node /app\nFROM node:22-slim\nCOPY --from=build /app /app\n",
    // A destination from an unknown variable is not guessed.
    "FROM node:22-slim\nARG DEST\nCOPY . $DEST\nRUN chown -R node /app\n",
    "FROM node:22-slim\nCOPY . /app\nRUN echo chown -R node /app\n",
    // Without -R, a directory's own mode or owner changes, not its files'; a file under a copied directory is not known.
    "FROM node:22-slim\nCOPY . /app\nRUN chmod 755 /app && chmod +x /app/start.sh && chown node /app/start.sh\n",
    "FROM node:22-slim\nCOPY bin/ /usr/local/bin/\nRUN chmod +x /usr/local/bin/tool\n",
  ],
  invalid: [
    // The recursive chown also covers what another COPY and a RUN put under the folder: it stays (the fix only adds the flag).
    {
      code: "FROM php:8.3-apache\nCOPY ./html /var/www/html\nCOPY ./theme /var/www/html/theme\nRUN mkdir /var/www/html/uploads\nRUN chown -R www-data:www-data /var/www/html\n",
      ranges: ["5:5-5:45"],
      output: "FROM php:8.3-apache\nCOPY --chown=www-data:www-data ./html /var/www/html\nCOPY ./theme /var/www/html/theme\nRUN mkdir /var/www/html/uploads\nRUN chown -R www-data:www-data /var/www/html\n",
      applicability: "display-only",
    },
    {
      code: "FROM node:22-slim\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci\nCOPY . .\nRUN chown -R node:node /app\nUSER node\n",
      ranges: ["6:5-6:28"],
      messageIncludes: "`COPY` on line 5 put in `/app`",
      // `npm ci` filled /app/node_modules, and the first COPY put the package files there: the chown -R stays.
      output: "FROM node:22-slim\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci\nCOPY --chown=node:node . .\nRUN chown -R node:node /app\nUSER node\n",
      applicability: "display-only",
    },
    // Within a chain: the chown goes with the `&&` that joins it; unless the chain itself writes under the folder.
    {
      code: "FROM node:22-slim\nCOPY . /app\nRUN npm cache clean --force \\\n    && chown -R node /app \\\n    && echo done\n",
      ranges: ["4:8-4:26"],
      output: "FROM node:22-slim\nCOPY --chown=node . /app\nRUN npm cache clean --force \\\n    && echo done\n",
      applicability: "unsafe",
    },
    {
      code: "FROM node:22-slim\nCOPY . /app\nRUN npm ci --prefix /app \\\n    && chown -R node /app\n",
      ranges: ["4:8-4:26"],
      output: "FROM node:22-slim\nCOPY --chown=node . /app\nRUN npm ci --prefix /app \\\n    && chown -R node /app\n",
      applicability: "display-only",
    },
    {
      code: "FROM node:22-slim\nCOPY . /app\nRUN chown -R node /app; echo done\n",
      ranges: ["3:5-3:23"],
      output: "FROM node:22-slim\nCOPY --chown=node . /app\nRUN echo done\n",
      applicability: "unsafe",
    },
    // The chown does more (another path), or the rest of the RUN depends on it (`||`, a pipe, an `if`): shown only.
    {
      code: "FROM node:22-slim\nCOPY . /app\nRUN chown -R node /app /data\n",
      ranges: ["3:5-3:29"],
      output: "FROM node:22-slim\nCOPY --chown=node . /app\nRUN chown -R node /app /data\n",
      applicability: "display-only",
    },
    {
      code: "FROM node:22-slim\nCOPY . /app\nRUN chown -R node /app || echo failed\n",
      ranges: ["3:5-3:23"],
      output: "FROM node:22-slim\nCOPY --chown=node . /app\nRUN chown -R node /app || echo failed\n",
      applicability: "display-only",
    },
    {
      code: "FROM node:22-slim\nCOPY . /app\nRUN if [ -d /app ]; then chown -R node /app; fi\n",
      ranges: ["3:26-3:44"],
      output: "FROM node:22-slim\nCOPY --chown=node . /app\nRUN if [ -d /app ]; then chown -R node /app; fi\n",
      applicability: "display-only",
    },
    // Relative to WORKDIR, through sudo, and from another stage's files.
    {
      code: "FROM python:3.12-slim\nWORKDIR /srv\nCOPY --from=ghcr.io/example/assets:1.0 /assets ./static/\nRUN sudo chown --recursive 10001:10001 static\n",
      ranges: ["4:5-4:46"],
      output: "FROM python:3.12-slim\nWORKDIR /srv\nCOPY --chown=10001:10001 --from=ghcr.io/example/assets:1.0 /assets ./static/\n",
    },
    // chmod: of a copied directory with -R, of the one file a COPY or ADD put somewhere (with or without -R).
    {
      code: "FROM node:22-slim\nCOPY . /app\nRUN chmod -R 755 /app\n",
      ranges: ["3:5-3:22"],
      messageIncludes: "`chmod -R 755 /app` rewrites every file the `COPY` on line 2 put in `/app`",
      output: "FROM node:22-slim\nCOPY --chmod=755 . /app\n",
      applicability: "unsafe",
    },
    {
      code: "FROM debian:bookworm-slim\nCOPY docker-entrypoint.sh /usr/local/bin/\nRUN chmod 0755 /usr/local/bin/docker-entrypoint.sh && echo ok\n",
      ranges: ["3:5-3:51"],
      messageIncludes: "rewrites the file the `COPY` on line 2 put at `/usr/local/bin/docker-entrypoint.sh`, so the image stores it twice",
      output: "FROM debian:bookworm-slim\nCOPY --chmod=0755 docker-entrypoint.sh /usr/local/bin/\nRUN echo ok\n",
      applicability: "unsafe",
    },
    // A symbolic mode adds to each file's own mode: no --chmod replaces it.
    { code: "FROM debian:bookworm-slim\nADD https://example.com/releases/tini /tini\nRUN chmod +x /tini\n", ranges: ["3:5-3:19"] },
    // The COPY already has --chown (to someone else): reported, but no edit to suggest.
    { code: "FROM alpine:3.20\nCOPY --chown=1:1 app /opt/app\nRUN chown -R 10001 /opt/app/\n", ranges: ["3:5-3:29"] },
  ],
});
