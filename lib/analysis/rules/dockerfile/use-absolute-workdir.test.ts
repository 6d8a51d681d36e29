import { testRule } from "../../testing/rule-tester";
import rule from "./use-absolute-workdir";

testRule(rule, {
  valid: [
    "FROM node:22-slim\nWORKDIR $HOME\nWORKDIR app\n",
    "FROM node:22-slim\nWORKDIR /app\n",
    "FROM node:22-slim\nWORKDIR /app\nWORKDIR src\n",
    "FROM node:22-slim AS base\nWORKDIR /app\nFROM base\nWORKDIR src\n",
    "FROM node:22-slim\nWORKDIR $HOME/app\n",
    "FROM node:22-slim\nWORKDIR \"/my app\"\n",
    "# escape=`\nFROM mcr.microsoft.com/windows/nanoserver:ltsc2022\nWORKDIR C:\\app\n",
  ],
  invalid: [
    { code: "FROM node:22-slim\nWORKDIR app\n", ranges: ["2:9-2:12"], output: "FROM node:22-slim\nWORKDIR /app\n", applicability: "unsafe", messageIncludes: "`/app`" },
    { code: "FROM scratch\nWORKDIR data\n", ranges: ["2:9-2:13"], output: "FROM scratch\nWORKDIR /data\n", applicability: "safe" },
    // The WORKDIR of a sibling stage does not count.
    { code: "FROM node:22-slim AS a\nWORKDIR /app\nFROM node:22-slim\nWORKDIR src\n", ranges: ["4:9-4:12"], output: "FROM node:22-slim AS a\nWORKDIR /app\nFROM node:22-slim\nWORKDIR /src\n" },
  ],
});
