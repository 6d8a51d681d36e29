import { testRule } from "../../testing/rule-tester";
import rule from "./no-credentials-in-run";

testRule(rule, {
  valid: [
    // Settings that are not credentials.
    "FROM node:22-slim\nRUN npm config set registry https://npm.internal && aws configure set region eu-west-1 \\\n && git config --global credential.helper cache && echo 'registry=https://npm.internal' > ~/.npmrc\n",
    // Written and removed in the same RUN: not in the layer.
    "FROM node:22-slim\nRUN --mount=type=secret,id=t,env=NPM_TOKEN echo \"//registry.npmjs.org/:_authToken=${NPM_TOKEN}\" > .npmrc && npm ci && rm -f .npmrc\n",
    // Read from, not written to; and mentioned in an echo.
    "FROM node:22-slim\nRUN cat ~/.npmrc && echo 'npm config set //r/:_authToken x'\n",
    "# syntax=docker/dockerfile:1\nFROM node:22-slim\nRUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci\n",
  ],
  invalid: [
    // The guide's pattern.
    {
      code: "FROM alpine:3.20\nARG GITHUB_TOKEN\nRUN git config --global credential.helper store \\\n    && echo \"https://oauth2:${GITHUB_TOKEN}@github.com\" > ~/.git-credentials\n",
      ranges: ["3:25-3:48", "4:8-4:77"],
      messageIncludes: "in `.git-credentials` inside this layer",
    },
    {
      code: "FROM amazon/aws-cli:2.17.0\nARG AWS_SECRET\nRUN aws configure set aws_secret_access_key \"$AWS_SECRET\" --profile ci\n",
      ranges: ["3:23-3:58"],
      messageIncludes: "target=/root/.aws/credentials",
    },
    {
      code: "FROM node:22-slim\nRUN npm config set //registry.npmjs.org/:_authToken=$NPM_TOKEN && yarn config set npmAuthToken $NPM_TOKEN\n",
      ranges: ["2:20-2:63", "2:83-2:106"],
    },
    {
      code: "FROM composer:2\nRUN composer config --global github-oauth.github.com \"$GH_TOKEN\" && docker login -u ci -p \"$REGISTRY_PASSWORD\" registry.example.com\n",
      ranges: ["2:30-2:65", "2:88-2:111"],
    },
    {
      code: "FROM node:22-slim\nRUN echo \"//registry.npmjs.org/:_authToken=${NPM_TOKEN}\" | tee -a ~/.npmrc >/dev/null\n",
      ranges: ["2:60-2:75"],
      messageIncludes: "`… | tee ~/.npmrc`",
    },
    {
      code: "FROM alpine:3.20\nRUN cat <<EOF > ~/.netrc\nmachine example.com login ci password s3cr3t\nEOF\n",
      ranges: ["2:5-2:25"],
      messageIncludes: "`.netrc`",
    },
    {
      code: "FROM node:22 AS deps\nRUN npm config set //npm.example.com/:_authToken \"$NPM_TOKEN\" && npm ci\nFROM node:22-slim\nCOPY --from=deps /node_modules /node_modules\n",
      ranges: ["2:20-2:62"],
      messageIncludes: "in builder stage `deps`, which is not shipped",
    },
    {
      code: "FROM golang:1.23\nRUN git config --global url.\"https://${GITHUB_TOKEN}@github.com/\".insteadOf \"https://github.com/\"\n",
      ranges: ["2:25-2:98"],
    },
  ],
});
