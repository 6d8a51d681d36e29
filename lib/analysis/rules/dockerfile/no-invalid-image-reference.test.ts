import { testRule } from "../../testing/rule-tester";
import rule from "./no-invalid-image-reference";

testRule(rule, {
  valid: [
    "FROM node:22-slim AS Build\nFROM localhost:5000/team/app:1.0@sha256:0000000000000000000000000000000000000000000000000000000000000000\nCOPY --from=Build /a /a\nCOPY --from=nginx:1.27 /b /b\n",
    "FROM scratch\nFROM ${BASE}\n",
    "FROM node:22-slim AS Base\nFROM Base\n",
  ],
  invalid: [
    { code: "FROM Node:22-slim\n", ranges: ["1:6-1:18"], output: "FROM node:22-slim\n", applicability: "safe", messageIncludes: "`node:22-slim`" },
    { code: "FROM Registry.Example.com/Team/App:V1\n", ranges: ["1:6-1:38"], output: "FROM Registry.Example.com/team/app:V1\n" },
    { code: "FROM alpine:3.20\nCOPY --from=node:22:slim /a /a\n", ranges: ["2:13-2:25"], messageIncludes: "`[registry/]name[:tag][@digest]`" },
  ],
});
