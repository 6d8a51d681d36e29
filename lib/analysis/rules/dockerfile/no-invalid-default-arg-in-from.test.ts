import { testRule } from "../../testing/rule-tester";
import rule from "./no-invalid-default-arg-in-from";

testRule(rule, {
  valid: [
    "ARG TAG=22-slim\nFROM node:${TAG}\n",
    "ARG TAG\nFROM node:${TAG:-22-slim}\n",
    "ARG VARIANT=\nFROM node:22${VARIANT}\n",
    "FROM golang:1.23-${TARGETOS} AS build\n",
    "ARG BASE=build\nFROM golang:1.23 AS build\nFROM ${BASE}\n",
    "FROM ${UNDECLARED}\n",
  ],
  invalid: [
    { code: "ARG TAG\nFROM node:${TAG}\n", ranges: ["2:6-2:17"], messageIncludes: "`node:`" },
    { code: "ARG BASE\nFROM $BASE AS app\n", ranges: ["2:6-2:11"], messageIncludes: "becomes empty" },
    { code: "ARG IMAGE=My_Image\nFROM ${IMAGE}:1\n", ranges: ["2:6-2:16"] },
  ],
});
