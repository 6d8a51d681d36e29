import { testRule } from "../../testing/rule-tester";
import rule from "./no-source-copy-before-install";

testRule(rule, {
  valid: [
    // pnpm's documented idiom: `pnpm fetch` fills the store from the lockfile alone; the install after the source is offline.
    "FROM node:22-slim\nWORKDIR /app\nCOPY pnpm-lock.yaml ./\nRUN pnpm fetch --prod\nCOPY . .\nRUN pnpm install --offline --prod --frozen-lockfile\n",
    "FROM node:22-slim\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci\nCOPY . .\nRUN npm run build\n",
    // The dependency stage pattern: the child stage copies the source after its parent installed.
    "FROM golang:1.23 AS deps\nWORKDIR /src\nCOPY go.mod go.sum ./\nRUN go mod download\nFROM deps AS build\nCOPY . .\nRUN go build -o /app .\n",
    // A second install after the source copy (e.g. pruning) follows an earlier cached one.
    "FROM node:22-slim\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci\nCOPY . .\nRUN npm run build && npm ci --omit=dev\n",
    // Installs of named packages and local projects need no manifest; copying a subfolder is not the whole source.
    "FROM python:3.12-slim\nCOPY . .\nRUN pip install --no-cache-dir flask==3.0.3 && pip install .\n",
    "FROM node:22-slim\nWORKDIR /app\nCOPY src/ ./src/\nRUN npm ci\n",
    // A stage the build never needs is not built.
    "FROM node:22-slim AS unused\nCOPY . .\nRUN npm ci\nFROM node:22-slim\nCMD [\"node\"]\n",
    "FROM node:22-slim\nCOPY . .\nRUN echo npm ci\n",
  ],
  invalid: [
    {
      code: "FROM node:22-slim\nWORKDIR /app\nCOPY . .\nRUN npm install\nRUN npm run build\n",
      ranges: ["3:6-3:7"],
      messageIncludes: "Copy `package.json` and `package-lock.json` first, run `npm install`",
    },
    // Only the lockfile was copied alone: both manifests must go first, not just the install moved.
    {
      code: "FROM node:22-slim\nWORKDIR /app\nCOPY yarn.lock ./\nCOPY . .\nRUN yarn install --frozen-lockfile\n",
      ranges: ["4:6-4:7"],
      messageIncludes: "Copy `package.json` and `yarn.lock` first",
    },
    // The manifests were copied alone, but the install still comes after the whole source.
    {
      code: "FROM node:22-slim\nWORKDIR /app\nCOPY package.json yarn.lock ./\nCOPY . .\nRUN yarn install --frozen-lockfile\n",
      ranges: ["4:6-4:7"],
      messageIncludes: "already copied on their own",
    },
    {
      code: "FROM python:3.12-slim AS build\nWORKDIR /app\nCOPY ./ /app/\nRUN pip install --no-cache-dir -r requirements/prod.txt\nFROM python:3.12-slim\nCOPY --from=build /app /app\n",
      ranges: ["3:6-3:8"],
      messageIncludes: "`prod.txt`",
    },
    {
      code: "FROM rust:1.82 AS build\nWORKDIR /src\nCOPY . .\nRUN cargo build --release\nFROM debian:12-slim\nCOPY --from=build /src/target/release/app /app\n",
      ranges: ["3:6-3:7"],
      messageIncludes: "(line 4) in stage `build`, so any code change re-runs the install. Copy `Cargo.toml` and `Cargo.lock` first, run `cargo fetch`",
    },
    {
      code: "FROM maven:3.9-eclipse-temurin-21 AS build\nWORKDIR /src\nCOPY . .\nRUN ./mvnw -B package -DskipTests\nFROM eclipse-temurin:21-jre\nCOPY --from=build /src/target/app.jar /app.jar\n",
      ranges: ["3:6-3:7"],
      messageIncludes: "Copy `pom.xml` first, run `mvn dependency:go-offline`",
    },
    // Through sh -c, and in a child stage of the stage that copied the source.
    {
      code: "FROM ruby:3.3-slim AS base\nWORKDIR /app\nCOPY . .\nFROM base\nRUN sh -c 'bundle install'\n",
      ranges: ["3:6-3:7"],
      messageIncludes: "`Gemfile` and `Gemfile.lock`",
    },
  ],
});
