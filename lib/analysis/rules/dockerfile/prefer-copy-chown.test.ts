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
  ],
  invalid: [
    {
      code: "FROM node:22-slim\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci\nCOPY . .\nRUN chown -R node:node /app\nUSER node\n",
      ranges: ["6:5-6:28"],
      messageIncludes: "`COPY` on line 5 put in `/app`",
      output: "FROM node:22-slim\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci\nCOPY --chown=node:node . .\nRUN chown -R node:node /app\nUSER node\n",
      applicability: "display-only",
    },
    // Relative to WORKDIR, through sudo, and from another stage's files.
    {
      code: "FROM python:3.12-slim\nWORKDIR /srv\nCOPY --from=ghcr.io/example/assets:1.0 /assets ./static/\nRUN sudo chown --recursive 10001:10001 static\n",
      ranges: ["4:5-4:46"],
      output: "FROM python:3.12-slim\nWORKDIR /srv\nCOPY --chown=10001:10001 --from=ghcr.io/example/assets:1.0 /assets ./static/\nRUN sudo chown --recursive 10001:10001 static\n",
    },
    // The COPY already has --chown (to someone else): reported, but no edit to suggest.
    { code: "FROM alpine:3.20\nCOPY --chown=1:1 app /opt/app\nRUN chown -R 10001 /opt/app/\n", ranges: ["3:5-3:29"] },
  ],
});
