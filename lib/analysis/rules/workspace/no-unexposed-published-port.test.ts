import { testRule } from "../../testing/rule-tester";
import rule from "./no-unexposed-published-port";

testRule(rule, {
  valid: [
    { code: "services:\n  app:\n    build: .\n    ports: [\"80:3000\"]\n", path: "compose.yaml", files: { Dockerfile: "FROM node:22-slim\nEXPOSE 3000/tcp\n" } },
    { code: "services:\n  app:\n    build: .\n    ports: [\"80:3000\"]\n", path: "compose.yaml", files: { Dockerfile: "FROM node:22-slim\nEXPOSE $PORT\n" } },
    { code: "services:\n  app:\n    build: .\n    ports: [\"80:3000\"]\n", path: "compose.yaml", files: { Dockerfile: "FROM node:22-slim\n" } },
    // The command, the environment or the image's ENV says where the application listens.
    { code: "services:\n  app:\n    build: .\n    command: gunicorn -b 0.0.0.0:8000 app:app\n    ports: [\"8000:8000\"]\n", path: "compose.yaml", files: { Dockerfile: "FROM python:3.13-slim\nEXPOSE 5000\n" } },
    { code: "services:\n  app:\n    build: .\n    environment:\n      PORT: 8080\n    ports: [\"80:8080\"]\n", path: "compose.yaml", files: { Dockerfile: "FROM node:22-slim\nEXPOSE 3000\n" } },
    { code: "services:\n  app:\n    build: .\n    ports: [\"8000:8000\"]\n", path: "compose.yaml", files: { Dockerfile: 'FROM tomcat:10\nENV JPDA_ADDRESS="8000"\nEXPOSE 8080\n' } },
    // Variables with a known value are resolved; EXPOSE is inherited from the stage built FROM.
    { code: "services:\n  app:\n    build: .\n    ports: [\"80:3000\", \"9229:9229\"]\n", path: "compose.yaml", files: { Dockerfile: "FROM node:22-slim AS base\nARG PORT=3000\nEXPOSE $PORT\nFROM base\nEXPOSE 9229\n" } },
  ],
  invalid: [
    {
      code: "services:\n  app:\n    build:\n      context: .\n      target: dev\n    ports:\n      - \"80:8080\"\n      - 9229\n",
      path: "compose.yaml",
      files: { Dockerfile: "FROM node:22-slim AS dev\nEXPOSE 8080\nFROM node:22-slim\nEXPOSE 3000\n" },
      ranges: ["8:9-8:13"],
      messageIncludes: "only EXPOSEs 8080",
    },
  ],
});
