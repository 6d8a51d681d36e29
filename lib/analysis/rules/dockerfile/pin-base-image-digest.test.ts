import { testRule } from "../../testing/rule-tester";
import rule from "./pin-base-image-digest";

testRule(rule, {
  valid: [
    "FROM node:22-slim@sha256:0000000000000000000000000000000000000000000000000000000000000000 AS build\nFROM build\nFROM scratch\n",
    "ARG BASE\nFROM $BASE\n",
  ],
  invalid: [
    { code: "FROM node:22-slim\n", ranges: ["1:6-1:18"], messageIncludes: "`node:22-slim@sha256:<digest>`" },
    { code: "ARG V=3.20\nFROM alpine:${V}\n", ranges: ["2:6-2:17"], messageIncludes: "`alpine:3.20`" },
  ],
});
