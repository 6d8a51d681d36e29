import { testRule } from "../../testing/rule-tester";
import rule from "./no-latest-tag";

testRule(rule, {
  valid: [
    "FROM node:22-bookworm-slim\n",
    "FROM node\n",
    "FROM node@sha256:0000000000000000000000000000000000000000000000000000000000000000\n",
    "FROM scratch\n",
    "ARG TAG=latest\nFROM node:${TAG}\n",
    "FROM node:22 AS latest\nFROM latest\n",
  ],
  invalid: [
    { code: "FROM node:latest\n", ranges: ["1:11-1:17"], messageIncludes: "node:latest" },
    { code: "FROM --platform=linux/amd64 ghcr.io/acme/api:latest AS build\n", ranges: ["1:46-1:52"], messageIncludes: "ghcr.io/acme/api:latest" },
    { code: "FROM alpine:3.20 AS a\nFROM python:latest\n", ranges: ["2:13-2:19"] },
  ],
});
