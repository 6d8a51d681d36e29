import { testRule } from "../../testing/rule-tester";
import rule from "./no-secrets-in-arg-env";

testRule(rule, {
  valid: [
    // A switch saying whether to use a secret is not the secret.
    "FROM php:8.3-fpm\nARG COMPOSER_AUTH_JSON=false\nENV USE_API_TOKEN=yes MYSQL_ALLOW_EMPTY_PASSWORD=1\n",
    "FROM postgres:16\nENV POSTGRES_PASSWORD_FILE=/run/secrets/db_password\n",
    "FROM python:3.12-slim\nENV GPG_KEY=A035C8C19219BA821ECEA86B64E628F8D684696D PYTHON_VERSION=3.12.7\n",
    "FROM node:22-slim\nARG NEXT_PUBLIC_API_KEY\nENV TOKEN_URL=https://auth.example.com/token\n",
    "FROM alpine:3.20\nENV DB_PASSWORD=/run/secrets/db\n",
  ],
  invalid: [
    { code: "FROM node:22-slim\nARG NPM_TOKEN\n", ranges: ["2:5-2:14"], messageIncludes: "`ARG NPM_TOKEN`" },
    { code: "FROM node:22-slim\nENV DB_USER=app DB_PASSWORD=hunter2 \\\n    apiKey=x\n", ranges: ["2:17-2:28", "3:5-3:11"] },
    {
      code: "FROM node:22-slim AS build\nARG GITHUB_TOKEN\nFROM node:22-slim\n",
      ranges: ["2:5-2:17"],
      messageIncludes: "(in builder stage `build`, which is not shipped)",
    },
  ],
});
