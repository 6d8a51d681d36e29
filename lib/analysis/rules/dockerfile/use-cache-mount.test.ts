import { testRule } from "../../testing/rule-tester";
import rule from "./use-cache-mount";

testRule(rule, {
  valid: [
    "FROM node:22-slim\nRUN --mount=type=cache,target=/root/.npm npm ci\n",
    "FROM debian:12-slim\nRUN --mount=type=cache,target=/var/cache/apt,sharing=locked --mount=type=cache,target=/var/lib/apt,sharing=locked apt-get update && apt-get install -y curl\n",
    "FROM golang:1.23\nRUN --mount=type=cache,target=/go/pkg/mod --mount=type=cache,target=/root/.cache/go-build go build -o /app .\n",
    "FROM python:3.12-slim\nRUN --mount=type=cache,target=/root/.cache/pip pip install -r requirements.txt\n",
    // Not a download; a stage the build never needs.
    "FROM node:22-slim\nRUN npm run build && echo npm ci\n",
    "FROM node:22-slim AS unused\nRUN npm ci\nFROM node:22-slim\nCMD [\"node\"]\n",
  ],
  invalid: [
    {
      code: "FROM node:22-slim\nWORKDIR /app\nRUN npm ci --omit=dev\n",
      ranges: ["3:5-3:11"],
      output: "FROM node:22-slim\nWORKDIR /app\nRUN --mount=type=cache,target=/root/.npm npm ci --omit=dev\n",
      applicability: "unsafe",
      messageIncludes: "target=/root/.npm",
    },
    {
      code: "FROM golang:1.23\nRUN --network=none go build -o /app .\n",
      ranges: ["2:20-2:28"],
      output: "FROM golang:1.23\nRUN --mount=type=cache,target=/go/pkg/mod --mount=type=cache,target=/root/.cache/go-build --network=none go build -o /app .\n",
    },
    // apt and pip need more than the mount: the message says what, and no fix is offered.
    {
      code: "FROM debian:12-slim\nRUN apt-get update && apt-get install -y curl\n",
      ranges: ["2:23-2:38"],
      messageIncludes: "docker-clean",
    },
    {
      code: "FROM python:3.12-slim\nRUN pip install --no-cache-dir -r requirements.txt\n",
      ranges: ["2:5-2:16"],
      messageIncludes: "Drop `--no-cache-dir`",
    },
    // Without the flag there is nothing to drop (use-pip-no-cache-dir asks for it on the same line).
    {
      code: "FROM python:3.12-slim\nRUN cd /app && pip install -r requirements.txt\n",
      ranges: ["2:16-2:27"],
      messageIncludes: "The cache then stays out of the layer without `--no-cache-dir`.",
    },
    // A mount for another manager does not cover this one; a non-root user has its own cache directory.
    {
      code: "FROM node:22-slim\nUSER node\nRUN --mount=type=cache,target=/root/.cache/pip npm install\n",
      ranges: ["3:48-3:59"],
      messageIncludes: "runs as node",
    },
  ],
});
