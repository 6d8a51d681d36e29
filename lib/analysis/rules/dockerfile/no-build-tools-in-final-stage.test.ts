import { testRule } from "../../testing/rule-tester";
import rule from "./no-build-tools-in-final-stage";

const BUILDER = "FROM golang:1.23 AS build\nWORKDIR /src\nCOPY . .\nRUN go build -o /out/app .\n";

testRule(rule, {
  valid: [
    `${BUILDER}FROM gcr.io/distroless/static-debian12\nCOPY --from=build /out/app /app\nCMD ["/app"]\n`,
    // Single-stage images are use-multi-stage-build's.
    "FROM debian:12-slim\nRUN apt-get update && apt-get install -y gcc\nCMD [\"app\"]\n",
    // Build packages removed in the same RUN.
    `${BUILDER}FROM python:3.12-slim\nRUN apt-get update && apt-get install -y gcc && pip install uwsgi && apt-get purge -y gcc\nCMD ["uwsgi"]\n`,
    // curl kept for the HEALTHCHECK; git installed but never called in a RUN (the program may use it).
    `${BUILDER}FROM debian:12-slim\nRUN apt-get update && apt-get install -y curl git\nRUN curl -fsSL https://example.com/ca.pem -o /ca.pem\nHEALTHCHECK CMD curl -f http://localhost/\nCMD ["app"]\n`,
    // Interpreted programs ship their sources: the builder does not compile the context.
    "FROM node:22 AS deps\nCOPY package*.json ./\nRUN npm ci --omit=dev\nFROM node:22-slim\nCOPY --from=deps /node_modules ./node_modules\nCOPY . .\nCMD [\"node\", \"server.js\"]\n",
    // The builder's toolchain does not ship.
    `FROM debian:12 AS build\nRUN apt-get update && apt-get install -y build-essential && make\nFROM debian:12-slim\nCOPY --from=build /out /out\nCMD ["/out/app"]\n`,
  ],
  invalid: [
    {
      code: `${BUILDER}FROM debian:12-slim\nRUN apt-get update && apt-get install -y --no-install-recommends gcc g++=4:12.2.0-3\nCOPY --from=build /out/app /app\nCMD ["/app"]\n`,
      ranges: ["6:66-6:69"],
      messageIncludes: "`gcc` and `g++` are in the shipped image although builder stage `build` exists",
    },
    // A shared base stage ships: its packages are in the final image.
    {
      code: "FROM node:22-alpine AS base\nRUN apk add --no-cache python3 make g++\nFROM base AS build\nRUN npm run build\nFROM base\nCOPY --from=build /app/dist ./dist\nCMD [\"node\", \"dist/main.js\"]\n",
      ranges: ["2:32-2:36"],
      messageIncludes: "`make` and `g++`",
    },
    {
      code: `${BUILDER}FROM debian:12-slim\nRUN apt-get update && apt-get install -y wget\nRUN wget -O /etc/app.conf https://example.com/app.conf\nCOPY --from=build /out/app /app\nCMD ["/app"]\n`,
      ranges: ["6:42-6:46"],
      messageIncludes: "`wget` is installed in the shipped image only for the build step on line 7",
    },
    {
      code: `${BUILDER}FROM gcr.io/distroless/static-debian12\nCOPY . /src\nCOPY --from=build /out/app /app\nCMD ["/app"]\n`,
      ranges: ["6:6-6:7"],
      messageIncludes: "already compiles it with `go build`",
    },
  ],
});
