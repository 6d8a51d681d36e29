import { testRule } from "../../testing/rule-tester";
import rule from "./no-copy-of-ignored-file";

testRule(rule, {
  valid: [
    { code: "FROM node:22-slim\nCOPY package.json ./\nCOPY . .\nCOPY --from=build /app/dist ./dist\n", files: { ".dockerignore": "node_modules\ndist\n" } },
    { code: "FROM nginx:1.27\nCOPY docs/keep.md /srv/\n", files: { ".dockerignore": "docs\n!docs/keep.md\n" } },
    // An exception brings files back inside an excluded directory: the directory arrives with them.
    { code: "FROM node:22-slim\nCOPY src/ /app/src/\nCOPY ./web /srv/\nCOPY lib /lib/\n", files: { ".dockerignore": "src\n!src/index.js\nweb/\n!web/*/public\nlib\n!**/*.so\n" } },
    // Heredocs are not read from the context; an unknown variable is not guessed.
    { code: "FROM alpine:3.20\nCOPY <<EOF /etc/motd\nhi\nEOF\nARG SRC\nCOPY $SRC /srv/\n", files: { ".dockerignore": "EOF\n*\n" } },
    // The service builds `prod`, which does not need the `test` stage and its COPY.
    {
      code: "FROM node:22-slim AS base\nFROM base AS test\nCOPY tests/ ./tests/\nFROM base AS prod\nCOPY src/ ./src/\n",
      files: { "compose.yaml": "services:\n  app:\n    build:\n      context: .\n      target: prod\n", ".dockerignore": "tests\n" },
    },
  ],
  invalid: [
    {
      code: "FROM nginx:1.27\nCOPY ./dist/ /usr/share/nginx/html/\nCOPY conf/nginx.conf /etc/nginx/\n",
      files: { ".dockerignore": "# build output\n**/dist\nconf/*.conf\n" },
      ranges: ["2:6-2:13", "3:6-3:21"],
      messageIncludes: ".dockerignore, line",
    },
    // An exception before the exclusion, or for another directory, brings nothing back.
    {
      code: "FROM node:22-slim\nCOPY src/ /app/src/\nCOPY web /srv/\n",
      files: { ".dockerignore": "!src/index.js\nsrc\nweb\n!webapp/index.js\n" },
      ranges: ["2:6-2:10", "3:6-3:9"],
    },
    // The service's context decides which .dockerignore applies.
    {
      code: "FROM python:3.13-slim\nCOPY requirements.txt .\n",
      path: "backend/Dockerfile",
      files: { "compose.yaml": "services:\n  api:\n    build: ./backend\n", "backend/.dockerignore": "*.txt\n", ".dockerignore": ".git\n" },
      ranges: ["2:6-2:22"],
    },
    // Exec form, `--chown` flags and variables resolved from ARG defaults.
    {
      code: "FROM nginx:1.27\nARG CONF=conf/nginx.conf\nCOPY --chown=nginx [\"dist/app.js\", \"/srv/\"]\nCOPY ${CONF} /etc/nginx/\n",
      files: { ".dockerignore": "dist\nconf\n" },
      ranges: ["3:21-3:34", "4:6-4:13"],
    },
    // Without a named target every stage may be built, so the `test` stage's COPY counts.
    {
      code: "FROM node:22-slim AS base\nFROM base AS test\nCOPY tests/ ./tests/\nFROM base AS prod\nCOPY src/ ./src/\n",
      files: { "compose.yaml": "services:\n  app:\n    build: .\n", ".dockerignore": "tests\n" },
      ranges: ["3:6-3:12"],
    },
  ],
});
