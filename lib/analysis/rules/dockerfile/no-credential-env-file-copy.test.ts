import { testRule } from "../../testing/rule-tester";
import rule from "./no-credential-env-file-copy";

testRule(rule, {
  valid: [
    "FROM python:3.12-slim\nENV GOOGLE_APPLICATION_CREDENTIALS=/run/secrets/gcp-key\nCOPY app.py /app/\n",
    // The builder's copy does not ship.
    "FROM python:3.12-slim AS build\nENV KUBECONFIG=/k/config\nCOPY config /k/config\nFROM python:3.12-slim\n",
  ],
  invalid: [
    {
      code: "FROM python:3.12-slim\nENV GOOGLE_APPLICATION_CREDENTIALS=/app/key.json\nCOPY key.json /app/key.json\n",
      ranges: ["3:15-3:28"],
      messageIncludes: "`GOOGLE_APPLICATION_CREDENTIALS` says `/app/key.json`",
    },
    {
      code: "FROM node:22-slim AS base\nARG DOCKER_CONFIG=/root/.docker\nFROM base\nCOPY config.json /root/.docker/\nCOPY creds $DOCKER_CONFIG/x\n",
      ranges: ["4:18-4:32", "5:12-5:28"],
    },
  ],
});
