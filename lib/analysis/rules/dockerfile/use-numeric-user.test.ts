import { testRule } from "../../testing/rule-tester";
import rule from "./use-numeric-user";

testRule(rule, {
  valid: [
    "FROM node:22-slim\nUSER 1000:1000\n",
    "FROM node:22-slim\nUSER 10001\n",
    "FROM node:22-slim\nUSER ${APP_UID}\n",
    "FROM node:22-slim\n",
    "FROM mcr.microsoft.com/windows/nanoserver:ltsc2022\nUSER ContainerUser\n",
    // A builder stage's named user does not ship.
    "FROM node:22-slim AS build\nUSER node\nFROM node:22-slim\nUSER 1000\n",
  ],
  invalid: [
    { code: "FROM node:22-slim\nUSER node\n", ranges: ["2:6-2:10"], messageIncludes: "`USER node`", output: "FROM node:22-slim\nUSER 1000\n", applicability: "safe" },
    { code: "FROM gcr.io/distroless/static-debian12\nUSER nonroot\n", ranges: ["2:6-2:13"], output: "FROM gcr.io/distroless/static-debian12\nUSER 65532\n" },
    { code: "FROM alpine:3.20\nUSER nobody\n", ranges: ["2:6-2:12"], output: "FROM alpine:3.20\nUSER 65534\n" },
    { code: "FROM nginx:1.27-alpine\nUSER nginx\n", ranges: ["2:6-2:11"], output: "FROM nginx:1.27-alpine\nUSER 101\n" },
    // Red Hat's family numbers nobody 99: no fix.
    { code: "FROM centos:7\nUSER nobody\n", ranges: ["2:6-2:12"] },
    { code: "FROM python:3.13-slim\nUSER www-data\n", ranges: ["2:6-2:14"], output: "FROM python:3.13-slim\nUSER 33\n" },
    // Alpine's www-data (82 in the PHP images) is not base-passwd's.
    { code: "FROM php:8.3-fpm-alpine\nUSER www-data\n", ranges: ["2:6-2:14"] },
    // No fix where the IDs are not the base's: another image's `node`, a renumbered user, a named group.
    { code: "FROM acme/node:22\nUSER node\n", ranges: ["2:6-2:10"] },
    { code: "FROM node:22-slim\nRUN usermod -u 2000 node\nUSER node\n", ranges: ["3:6-3:10"] },
    { code: "FROM node:22-slim\nUSER node:staff\n", ranges: ["2:6-2:16"] },
    { code: "FROM node:22-slim AS base\nUSER 1000:app\nFROM base\n", ranges: ["2:6-2:14"] },
    // A user the build creates with a UID: that UID, whose passwd entry gives the group and home.
    {
      code: "FROM debian:12-slim\nRUN groupadd -g 10001 app && useradd -u 10001 -g app -m app\nUSER app\n",
      ranges: ["3:6-3:9"],
      output: "FROM debian:12-slim\nRUN groupadd -g 10001 app && useradd -u 10001 -g app -m app\nUSER 10001\n",
      applicability: "safe",
    },
    // Created without a UID, or renumbered afterwards: not known.
    { code: "FROM debian:12-slim\nRUN useradd -m app\nUSER app\n", ranges: ["3:6-3:9"] },
    { code: "FROM debian:12-slim\nRUN useradd -u 10001 app && usermod -u 10002 app\nUSER app\n", ranges: ["3:6-3:9"] },
  ],
});
