import { testRule } from "../../testing/rule-tester";
import rule from "./require-dockerignore";

const dockerfile = "FROM node:22-slim\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci\nCOPY . .\n";

testRule(rule, {
  valid: [
    // Alone, a Dockerfile says nothing about the project's files.
    dockerfile,
    { code: dockerfile, files: { ".dockerignore": ".git\n" } },
    { code: dockerfile, path: "api/Dockerfile", files: { "api/Dockerfile.dockerignore": ".git\n", "compose.yaml": "services:\n  api:\n    build: ./api\n" } },
    { code: "FROM node:22-slim\nCOPY src ./src\n", files: { "compose.yaml": "services:\n  app:\n    build: .\n" } },
  ],
  invalid: [
    { code: dockerfile, files: { "compose.yaml": "services:\n  app:\n    build: .\n" }, ranges: ["5:6-5:7"], messageIncludes: "COPY ." },
    { code: "FROM node:22-slim\nADD . /app\n", files: { "compose.yaml": "services:\n  app:\n    build: .\n" }, ranges: ["2:5-2:6"], messageIncludes: "`ADD .` sends the whole build context" },
    // The context is what compose says, not the Dockerfile's directory: the .dockerignore in docker/ does not count.
    {
      code: dockerfile,
      path: "docker/Dockerfile",
      files: { "docker/.dockerignore": ".git\n", "compose.yaml": "services:\n  app:\n    build:\n      context: .\n      dockerfile: docker/Dockerfile\n" },
      ranges: ["5:6-5:7"],
    },
  ],
});
