import { testRule } from "../../testing/rule-tester";
import rule from "./no-root-user";

testRule(rule, {
  valid: [
    // Images published to run unprivileged.
    "FROM docker.elastic.co/kibana/kibana:8.15.0\nCOPY kibana.yml /usr/share/kibana/config/\n",
    "FROM curlimages/curl:8.10.1\nCMD [\"curl\", \"--version\"]\n",
    "FROM gcr.io/distroless/static-debian12:nonroot\nCOPY app /app\n",
    // Windows images have no root user, and no numeric UIDs to switch to.
    "FROM golang:1.26-windowsservercore-ltsc2022\nCMD [\"go\", \"version\"]\n",
    "FROM mcr.microsoft.com/windows/nanoserver:ltsc2022 AS build\nFROM build\nCMD [\"app.exe\"]\n",
    "FROM node:22-slim\nUSER node\n",
    "FROM node:22-slim\nUSER 10001:10001\nCMD [\"node\"]\n",
    "FROM gcr.io/distroless/static-debian12:nonroot\nCOPY app /app\n",
    // The shipped stage inherits the USER of the stage it builds on.
    "FROM node:22-slim AS base\nUSER node\nFROM base\nCMD [\"node\"]\n",
    "FROM golang:1.23 AS build\nFROM alpine:3.20\nUSER 65532\n",
    // A user from a variable that cannot be known is not guessed to be root.
    "FROM node:22-slim\nARG APP_USER\nUSER ${APP_USER}\n",
    // The stage built with --target is judged, here the last one sets a user; a non-root base two stages up counts.
    "FROM gcr.io/distroless/static-debian12:nonroot AS base\nFROM base AS app\nCOPY app /app\n",
  ],
  invalid: [
    // The fix switches to the base's own unprivileged user, or to a UID that needs no /etc/passwd entry.
    {
      code: "FROM node:22-slim\nWORKDIR /app\nCOPY . .\nCMD [\"node\"]\n",
      ranges: ["1:6-1:18"],
      messageIncludes: "no `USER`, so the container runs as root",
      output: "FROM node:22-slim\nWORKDIR /app\nCOPY . .\nUSER 1000:1000\nCMD [\"node\"]\n",
      applicability: "unsafe",
    },
    { code: "FROM python:3.13-slim\nRUN pip install flask\nEXPOSE 8000\n", ranges: ["1:6-1:22"], output: "FROM python:3.13-slim\nRUN pip install flask\nUSER 10001:10001\nEXPOSE 8000\n" },
    { code: "FROM gcr.io/distroless/static-debian12\nCOPY app /app\n", ranges: ["1:6-1:39"], output: "FROM gcr.io/distroless/static-debian12\nCOPY app /app\nUSER 65532:65532\n" },
    { code: "FROM scratch\nCMD [\"/app\"]\n", ranges: ["1:6-1:13"], output: "FROM scratch\nUSER 10001:10001\nCMD [\"/app\"]\n" },
    // The account the image creates is the one meant, by its UID when the file gives one.
    {
      code: "FROM debian:12-slim\nRUN groupadd -g 10001 app && useradd -u 10001 -g app app\nCOPY . /srv\nCMD [\"/srv/run\"]\n",
      ranges: ["1:6-1:20"],
      output: "FROM debian:12-slim\nRUN groupadd -g 10001 app && useradd -u 10001 -g app app\nCOPY . /srv\nUSER 10001\nCMD [\"/srv/run\"]\n",
    },
    { code: "FROM alpine:3.20\nRUN adduser -D worker && adduser worker wheel\n", ranges: ["1:6-1:17"], output: "FROM alpine:3.20\nRUN adduser -D worker && adduser worker wheel\nUSER worker\n" },
    // A base that is not an official image may switch user itself: the message says so.
    {
      code: "FROM acme/runtime:2\nCMD [\"app\"]\n",
      ranges: ["1:6-1:20"],
      messageIncludes: "unless `acme/runtime:2` switches to another user itself, the container runs as root",
      output: "FROM acme/runtime:2\nUSER 10001:10001\nCMD [\"app\"]\n",
    },
    { code: "FROM node:22-slim\nUSER node\nRUN x\nUSER root\n", ranges: ["4:6-4:10"], messageIncludes: "`root`" },
    { code: "FROM node:22-slim\nUSER 0:0\n", ranges: ["2:6-2:9"] },
    // Variables are resolved: ARG defaults to root.
    { code: "FROM node:22-slim\nARG RUNTIME_USER=root\nUSER $RUNTIME_USER\n", ranges: ["3:6-3:19"], messageIncludes: "`root`" },
    // A builder stage's USER does not protect the stage that ships.
    { code: "FROM node:22-slim AS build\nUSER node\nFROM node:22-slim\n", ranges: ["3:6-3:18"], output: "FROM node:22-slim AS build\nUSER node\nFROM node:22-slim\nUSER 1000:1000\n" },
  ],
});
