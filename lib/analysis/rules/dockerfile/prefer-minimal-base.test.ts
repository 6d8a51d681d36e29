import { testRule } from "../../testing/rule-tester";
import rule from "./prefer-minimal-base";

const GO_BUILD = "FROM golang:1.23 AS build\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 go build -o /out/app .\n";

testRule(rule, {
  valid: [
    `${GO_BUILD}FROM gcr.io/distroless/static-debian12\nCOPY --from=build /out/app /app\nCMD ["/app"]\n`,
    "FROM node:22-slim\nCMD [\"node\", \"server.js\"]\n",
    "FROM python:3.12-alpine\nCMD [\"python\", \"app.py\"]\n",
    "FROM eclipse-temurin:21-jre\nCMD [\"java\", \"-jar\", \"app.jar\"]\n",
    "FROM debian:bookworm-slim\nCMD [\"app\"]\n",
    // A development stage is built: full images are expected there.
    "FROM node:22 AS dev\nCMD [\"npm\", \"run\", \"dev\"]\n",
    "FROM python:3.12 AS base\nFROM base AS dev-env\nCMD [\"python\"]\n",
    // Single-stage compile on the SDK: use-multi-stage-build's advice.
    "FROM golang:1.23\nRUN go build -o /app .\nCMD [\"/app\"]\n",
    // Windows images and base or toolchain images (nothing a program image declares).
    "FROM golang:1.23-windowsservercore-ltsc2022\nCMD [\"app.exe\"]\n",
    "FROM node:22\nRUN npm install -g pnpm\n",
    // Unknown base.
    "ARG BASE\nFROM ${BASE}\nCMD [\"app\"]\n",
  ],
  invalid: [
    { code: `${GO_BUILD}FROM golang:1.23\nCOPY --from=build /out/app /usr/local/bin/app\nCMD ["app"]\n`, ranges: ["5:6-5:17"], messageIncludes: "`scratch` or `gcr.io/distroless/static-debian12`" },
    { code: "FROM golang:1.23 AS build\nRUN go build -o /out/app .\nFROM golang:1.23-alpine\nCOPY --from=build /out/app /app\nCMD [\"/app\"]\n", ranges: ["3:6-3:24"], messageIncludes: "`gcr.io/distroless/base-debian12` or `debian:12-slim`" },
    { code: "FROM maven:3.9-eclipse-temurin-21 AS build\nRUN mvn package\nFROM maven:3.9-eclipse-temurin-21\nCOPY --from=build /target/app.jar /app.jar\nCMD [\"java\", \"-jar\", \"/app.jar\"]\n", ranges: ["3:6-3:34"], messageIncludes: "`eclipse-temurin:21-jre`" },
    { code: "FROM mcr.microsoft.com/dotnet/sdk:8.0\nCOPY bin/ /app/\nENTRYPOINT [\"dotnet\", \"/app/Api.dll\"]\n", ranges: ["1:6-1:38"], messageIncludes: "`mcr.microsoft.com/dotnet/aspnet:8.0`" },
    { code: "FROM openjdk:17-jdk-slim\nCOPY app.jar /\nCMD [\"java\", \"-jar\", \"/app.jar\"]\n", ranges: ["1:6-1:25"], messageIncludes: "`eclipse-temurin:17-jre`" },
    { code: "FROM node:22\nCOPY . .\nCMD [\"node\", \"server.js\"]\n", ranges: ["1:6-1:13"], output: "FROM node:22-slim\nCOPY . .\nCMD [\"node\", \"server.js\"]\n", applicability: "unsafe", messageIncludes: "Use `node:22-slim`" },
    { code: "FROM node:22-bookworm\nCMD [\"node\", \"server.js\"]\n", ranges: ["1:6-1:22"], output: "FROM node:22-bookworm-slim\nCMD [\"node\", \"server.js\"]\n", applicability: "unsafe" },
    { code: "FROM python:3.12-bookworm AS base\nFROM base\nCMD [\"python\", \"app.py\"]\n", ranges: ["1:6-1:26"], output: "FROM python:3.12-slim-bookworm AS base\nFROM base\nCMD [\"python\", \"app.py\"]\n", applicability: "unsafe" },
    { code: "FROM ruby\nCMD [\"ruby\", \"app.rb\"]\n", ranges: ["1:6-1:10"], output: "FROM ruby:slim\nCMD [\"ruby\", \"app.rb\"]\n", applicability: "unsafe" },
    // Debian's full image has the same packages as -slim, with their documentation: no compilers.
    { code: "ARG TAG=12\nFROM debian:${TAG}\nCMD [\"app\"]\n", ranges: ["2:6-2:19"], messageIncludes: "keeps the documentation, man pages and translations that `debian:12-slim` leaves out" },
    // Pinned by digest: the slim variant has another digest, so no fix.
    { code: "FROM node:22@sha256:0000000000000000000000000000000000000000000000000000000000000000\nCMD [\"node\"]\n", ranges: ["1:6-1:85"], messageIncludes: "`node:22-slim`" },
  ],
});
