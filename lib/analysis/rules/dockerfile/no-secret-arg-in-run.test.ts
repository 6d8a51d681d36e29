import { testRule } from "../../testing/rule-tester";
import rule from "./no-secret-arg-in-run";

testRule(rule, {
  valid: [
    "FROM node:22-slim\nARG NODE_VERSION\nARG NPM_TOKEN_FILE=/run/secrets/npm\nRUN echo $NODE_VERSION $NPM_TOKEN_FILE\n",
    // Single quotes: the shell does not expand it (nor does the Dockerfile).
    "FROM node:22-slim\nARG NPM_TOKEN\nRUN echo '${NPM_TOKEN}' > /tmp/template\n",
    // A global ARG not redeclared in the stage is not in the step's environment.
    "ARG GITHUB_TOKEN\nFROM alpine:3.20\nRUN echo $GITHUB_TOKEN\n",
    // The name is set by a secret mount for this step.
    "# syntax=docker/dockerfile:1\nFROM alpine:3.20\nARG GITHUB_TOKEN\nRUN --mount=type=secret,id=gh,env=GITHUB_TOKEN git clone https://x:$GITHUB_TOKEN@github.com/o/r\n",
    // ENV is reported where it is set (no-secrets-in-arg-env), not at each use.
    "FROM alpine:3.20\nENV API_TOKEN=x\nRUN echo $API_TOKEN\n",
  ],
  invalid: [
    // The guide's pattern: the token is expanded into a credentials file.
    {
      code: "FROM alpine:3.20\nARG GITHUB_TOKEN\nRUN git config --global credential.helper store \\\n    && echo \"https://oauth2:${GITHUB_TOKEN}@github.com\" > ~/.git-credentials\n",
      ranges: ["4:29-4:44"],
      messageIncludes: "--mount=type=secret,id=github_token,env=GITHUB_TOKEN",
    },
    // Reported once per RUN and name; inside sh -c and heredocs too.
    {
      code: "FROM node:22-slim\nARG NPM_TOKEN\nRUN sh -c 'echo //registry.npmjs.org/:_authToken=$NPM_TOKEN > .npmrc' && npm ci && echo $NPM_TOKEN\nRUN <<EOF\nnpm publish --//registry.npmjs.org/:_authToken=${NPM_TOKEN}\nEOF\n",
      ranges: ["3:50-3:60", "5:48-5:60"],
    },
    {
      code: "FROM golang:1.23 AS build\nARG GIT_PASSWORD\nRUN GOPRIVATE=x git clone https://me:${GIT_PASSWORD}@git.example.com/r.git\nFROM alpine:3.20\nCOPY --from=build /r /r\n",
      ranges: ["3:38-3:53"],
      messageIncludes: "not shipped",
    },
  ],
});
