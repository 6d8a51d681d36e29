import { testRule } from "../../testing/rule-tester";
import rule from "./require-build-healthcheck";

testRule(rule, {
  valid: [
    { code: "services:\n  app:\n    build: .\n", path: "compose.yaml", files: { Dockerfile: "FROM node:22-slim\nHEALTHCHECK CMD curl -f http://localhost/ || exit 1\n" } },
    // Inherited from the stage it is built FROM; the --target of the review does not change what compose builds.
    { code: "services:\n  app:\n    build: .\n", path: "compose.yaml", files: { Dockerfile: "FROM node:22-slim AS base\nHEALTHCHECK CMD true\nFROM base AS dev\nFROM base AS prod\n" } },
    { code: "services:\n  app:\n    build: .\n    healthcheck:\n      test: [\"CMD\", \"true\"]\n", path: "compose.yaml", files: { Dockerfile: "FROM node:22-slim\n" } },
  ],
  invalid: [
    // The HEALTHCHECK is in another stage than the one built.
    { code: "services:\n  app:\n    build: {context: ., target: base}\n", path: "compose.yaml", files: { Dockerfile: "FROM node:22-slim AS base\nFROM base\nHEALTHCHECK CMD true\n" }, ranges: ["2:3-2:6"], messageIncludes: "no HEALTHCHECK in Dockerfile" },
  ],
});
