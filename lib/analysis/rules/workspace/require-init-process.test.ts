import { testRule } from "../../testing/rule-tester";
import rule from "./require-init-process";

const COMPOSE = (extra: string) => `services:\n  web:\n    build: .\n${extra}`;

testRule(rule, {
  valid: [
    "FROM node:22-slim\nENTRYPOINT [\"tini\", \"--\"]\nCMD [\"node\", \"server.js\"]\n",
    "FROM node:22-slim\nENTRYPOINT [\"/usr/bin/dumb-init\", \"--\"]\nCMD [\"npm\", \"start\"]\n",
    // Servers that handle SIGTERM, programs we know nothing about, the base image's own command, an interactive interpreter.
    "FROM nginx:1.27\nCMD [\"nginx\", \"-g\", \"daemon off;\"]\n",
    "FROM python:3.12-slim\nCMD [\"python\", \"-m\", \"gunicorn\", \"app:app\"]\n",
    "FROM gcr.io/distroless/static-debian12\nCMD [\"/app\"]\n",
    "FROM node:22-slim\nCOPY . .\n",
    "FROM python:3.12-slim\nCMD [\"python3\"]\n",
    // Shell form is use-exec-form's; a program named by a variable is unknown.
    "FROM node:22-slim\nCMD node server.js\n",
    "FROM node:22-slim\nENV APP=node\nCMD [\"$APP\", \"server.js\"]\n",
    // compose runs it under an init.
    { code: "FROM node:22-slim\nCMD [\"node\", \"server.js\"]\n", files: { "compose.yaml": COMPOSE("    init: true\n") } },
  ],
  invalid: [
    { code: "FROM node:22-slim\nCOPY . .\nCMD [\"npm\", \"start\"]\n", ranges: ["3:6-3:11"], messageIncludes: "`npm` also does not pass signals on" },
    // The entrypoint script hands over to the CMD; gosu execs its command.
    { code: "FROM python:3.12-slim\nENTRYPOINT [\"/docker-entrypoint.sh\"]\nCMD [\"gosu\", \"app\", \"python\", \"manage.py\", \"runserver\"]\n", ranges: ["3:21-3:29"], messageIncludes: "`python` runs as PID 1" },
    { code: "FROM python:3.12-slim\nENTRYPOINT [\"python3\"]\nCMD [\"app.py\"]\n", ranges: ["2:13-2:22"], messageIncludes: "`python3` runs as PID 1" },
    // A compose service that builds it without `init: true`.
    { code: "FROM node:22-slim\nCMD [\"node\", \"server.js\"]\n", files: { "compose.yaml": COMPOSE("    init: false\n") }, ranges: ["2:6-2:12"], messageIncludes: "`init: true` on `web` in compose" },
    // The stage compose builds is the one judged.
    {
      code: "FROM node:22-slim AS app\nCMD [\"node\", \"server.js\"]\nFROM nginx:1.27\n",
      files: { "compose.yaml": "services:\n  web:\n    build:\n      context: .\n      target: app\n" },
      ranges: ["2:6-2:12"],
    },
  ],
});
