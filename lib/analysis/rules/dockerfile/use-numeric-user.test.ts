import { testRule } from "../../testing/rule-tester";
import rule from "./use-numeric-user";

testRule(rule, {
  valid: [
    "FROM node:22-slim\nUSER 1000:1000\n",
    "FROM node:22-slim\nUSER 10001\n",
    "FROM node:22-slim\nUSER ${APP_UID}\n",
    "FROM node:22-slim\n",
    "FROM mcr.microsoft.com/windows/nanoserver:ltsc2022\nUSER ContainerUser\n",
    // A builder stage's named user does not ship.
    "FROM node:22-slim AS build\nUSER node\nFROM node:22-slim\nUSER 1000\n",
  ],
  invalid: [
    { code: "FROM node:22-slim\nUSER node\n", ranges: ["2:6-2:10"], messageIncludes: "`USER node`" },
    { code: "FROM node:22-slim AS base\nUSER 1000:app\nFROM base\n", ranges: ["2:6-2:14"] },
  ],
});
