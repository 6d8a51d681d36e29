import { testRule } from "../../testing/rule-tester";
import rule from "./no-undefined-arg-in-from";

testRule(rule, {
  valid: [
    "ARG NODE_VERSION=22\nFROM node:${NODE_VERSION}-slim\n",
    "FROM --platform=$BUILDPLATFORM golang:1.23 AS build\nFROM alpine:3.20\n",
    "ARG BASE\nFROM $BASE\n",
  ],
  invalid: [
    { code: "ARG NODE_VERSION=22\nFROM node:${NODE_VERSOIN}-slim\n", ranges: ["2:13-2:25"], messageIncludes: "Did you mean `NODE_VERSION`?" },
    { code: "FROM alpine:3.20\nARG TAG=3.20\nFROM alpine:$TAG\n", ranges: ["3:14-3:17"], messageIncludes: "inside a stage" },
    { code: "FROM --platform=$PLATFORM ${REGISTRY}/app:1\n", ranges: ["1:18-1:26", "1:29-1:37"], messageIncludes: "at the top of the file" },
  ],
});
