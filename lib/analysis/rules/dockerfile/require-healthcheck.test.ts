import { testRule } from "../../testing/rule-tester";
import rule from "./require-healthcheck";

testRule(rule, {
  valid: [
    'FROM node:22-slim\nEXPOSE 3000\nHEALTHCHECK CMD ["node", "check.js"]\n',
    "FROM nginx:1.27\nHEALTHCHECK NONE\n",
    // A CLI or batch job: nothing to probe.
    'FROM python:3.12-slim\nCOPY job.py /\nCMD ["python", "/job.py"]\n',
    // The builder exposes a port, but only the final stage ships.
    "FROM node:22 AS dev\nEXPOSE 9229\nFROM gcr.io/distroless/nodejs22-debian12\n",
    "FROM nginx:1.27 AS base\nHEALTHCHECK CMD curl -f http://localhost/ || exit 1\nFROM base\nCOPY site /usr/share/nginx/html\n",
  ],
  invalid: [
    { code: "FROM node:22-slim\nEXPOSE 3000\n", ranges: ["1:6-1:18"], messageIncludes: "exposes a port" },
    { code: "FROM nginx:1.27-alpine\nCOPY site /usr/share/nginx/html\n", ranges: ["1:6-1:23"], messageIncludes: "runs nginx" },
    { code: "FROM node:22-slim AS base\nEXPOSE 3000\nFROM base\nUSER node\n", ranges: ["3:6-3:10"] },
  ],
});
