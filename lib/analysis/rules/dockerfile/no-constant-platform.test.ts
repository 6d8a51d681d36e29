import { testRule } from "../../testing/rule-tester";
import rule from "./no-constant-platform";

testRule(rule, {
  valid: [
    "FROM --platform=$BUILDPLATFORM golang:1.23 AS build\n",
    "FROM --platform=${TARGETPLATFORM:-linux/amd64} alpine:3.20\n",
    "FROM --platform=linux/arm64 alpine:3.20 AS base-arm64\n",
    "FROM alpine:3.20\n",
  ],
  invalid: [
    { code: "FROM --platform=linux/amd64 node:22-slim\n", ranges: ["1:17-1:28"], messageIncludes: "`linux/amd64`" },
    { code: "FROM --platform=linux/arm64/v8 alpine:3.20 AS build\n", ranges: ["1:17-1:31"] },
  ],
});
