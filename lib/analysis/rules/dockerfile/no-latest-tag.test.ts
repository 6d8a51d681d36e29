import { testRule } from "../../testing/rule-tester";
import rule from "./no-latest-tag";

testRule(rule, {
  valid: [
    "FROM node:22-bookworm-slim\n",
    "FROM node\n",
    "FROM node@sha256:0000000000000000000000000000000000000000000000000000000000000000\n",
    "FROM scratch\n",
    // Unknown until build time (no default, or a platform ARG): never guessed.
    "ARG TAG\nFROM node:${TAG}\n",
    "FROM node:${UNDECLARED}\n",
    "ARG NODE_VERSION=20-alpine\nFROM node:${NODE_VERSION}\n",
    "ARG TAG=22\nFROM node:${TAG:-latest}\n",
    "ARG TAG\nFROM node:${TAG:-latest}\n",
    "FROM node:22 AS latest\nFROM latest\n",
  ],
  invalid: [
    { code: "FROM node:latest\n", ranges: ["1:11-1:17"], messageIncludes: "node:latest" },
    { code: "FROM --platform=linux/amd64 ghcr.io/acme/api:latest AS build\n", ranges: ["1:46-1:52"], messageIncludes: "ghcr.io/acme/api:latest" },
    { code: "FROM alpine:3.20 AS a\nFROM python:latest\n", ranges: ["2:13-2:19"] },
    // ARG defaults are resolved: the tag comes from the variable part of the word.
    { code: "ARG NODE_VERSION=latest\nFROM node:${NODE_VERSION}\n", ranges: ["2:11-2:26"], messageIncludes: "node:latest" },
    { code: "ARG IMAGE=node:latest\nFROM $IMAGE AS app\n", ranges: ["2:6-2:12"] },
    { code: "FROM node:${TAG:-latest}\n", ranges: ["1:11-1:25"] },
  ],
});
