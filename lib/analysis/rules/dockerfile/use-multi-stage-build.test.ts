import { testRule } from "../../testing/rule-tester";
import rule from "./use-multi-stage-build";

testRule(rule, {
  valid: [
    // The build happens in a builder stage; only the binary ships.
    "FROM golang:1.23 AS build\nRUN go build -o /out/app .\nFROM gcr.io/distroless/static-debian12\nCOPY --from=build /out/app /app\n",
    // Build packages removed again in the same RUN (docker-library's pattern).
    "FROM python:3.12-slim\nRUN apt-get update && apt-get install -y --no-install-recommends gcc libpq-dev && pip install psycopg2 && apt-get purge -y gcc libpq-dev\n",
    "FROM alpine:3.20\nRUN apk add --no-cache --virtual .build-deps gcc musl-dev && pip install uwsgi && apk del .build-deps\n",
    // Runtime packages only; `npm run test` and `echo go build` are not builds.
    "FROM node:22-slim\nRUN apt-get update && apt-get install -y --no-install-recommends ca-certificates\nRUN npm run test\nRUN echo go build\n",
    // A base or toolchain image (no CMD, ENTRYPOINT, EXPOSE or HEALTHCHECK): the tools are the point.
    "FROM debian:12-slim\nRUN apt-get update && apt-get install -y --no-install-recommends build-essential\n",
    // A stage that is not built (the target is the first one).
    "FROM node:22-slim\nCOPY . .\n",
  ],
  invalid: [
    { code: "FROM golang:1.23\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 go build -o /usr/local/bin/app .\nCMD [\"app\"]\n", ranges: ["4:19-4:21"], messageIncludes: "runs `go build` on `golang:1.23`" },
    { code: "FROM debian:12-slim\nRUN apt-get update \\\n && apt-get install -y --no-install-recommends build-essential=12.9 cmake \\\n && make\nCMD [\"app\"]\n", ranges: ["3:48-3:68"], messageIncludes: "installs `build-essential` and `cmake`" },
    { code: "FROM node:22-slim\nCOPY . .\nRUN npm ci && npm run build:prod\nCMD [\"node\", \"dist/main.js\"]\n", ranges: ["3:15-3:18"], messageIncludes: "runs `npm run build:prod`" },
    { code: "FROM node:22-slim\nRUN sh -c \"yarn build\"\nCMD [\"app\"]\n", ranges: ["2:12-2:16"], messageIncludes: "`yarn build`" },
    { code: "FROM maven:3.9-eclipse-temurin-21\nRUN ./mvnw -B clean package\nCMD [\"app\"]\n", ranges: ["2:5-2:11"], messageIncludes: "`mvn package`" },
    { code: "FROM mcr.microsoft.com/dotnet/sdk:8.0\nRUN dotnet publish -c Release -o /app\nCMD [\"app\"]\n", ranges: ["2:5-2:11"], messageIncludes: "`dotnet publish`" },
    { code: "FROM alpine:3.20\nRUN apk add --no-cache gcc g++ make cmake\nCMD [\"app\"]\n", ranges: ["2:24-2:27"], messageIncludes: "`gcc`, `g++`, `make` and 1 more" },
  ],
});
