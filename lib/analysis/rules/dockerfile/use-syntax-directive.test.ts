import { testRule } from "../../testing/rule-tester";
import rule from "./use-syntax-directive";

testRule(rule, {
  valid: ["# syntax=docker/dockerfile:1\nFROM alpine:3.20\n", "# SYNTAX = docker/dockerfile:1.7\n# escape=\\\nFROM alpine:3.20\n", ""],
  invalid: [
    {
      code: "FROM node:22-slim\nRUN --mount=type=cache,target=/root/.npm npm ci\n",
      ranges: ["1:1-1:5"],
      output: "# syntax=docker/dockerfile:1\nFROM node:22-slim\nRUN --mount=type=cache,target=/root/.npm npm ci\n",
      applicability: "unsafe",
      messageIncludes: "`RUN --mount`",
    },
    {
      code: "# escape=`\nARG V=3.20\nFROM alpine:${V}\nCOPY <<EOF /a\nhi\nEOF\n",
      ranges: ["2:1-2:4"],
      output: "# syntax=docker/dockerfile:1\n# escape=`\nARG V=3.20\nFROM alpine:${V}\nCOPY <<EOF /a\nhi\nEOF\n",
      messageIncludes: "heredocs",
    },
    { code: "FROM alpine:3.20\n", ranges: ["1:1-1:5"], output: "# syntax=docker/dockerfile:1\nFROM alpine:3.20\n", messageIncludes: "whatever Dockerfile frontend" },
  ],
});
