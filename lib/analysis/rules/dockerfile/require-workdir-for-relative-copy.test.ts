import { testRule } from "../../testing/rule-tester";
import rule from "./require-workdir-for-relative-copy";

testRule(rule, {
  valid: [
    "FROM alpine:3.20\nARG APP_HOME\nWORKDIR $APP_HOME\nCOPY app.py app.py\n",
    "FROM node:22-slim\nWORKDIR /app\nCOPY package.json .\n",
    "FROM node:22-slim\nCOPY package.json /app/\n",
    "FROM node:22-slim AS base\nWORKDIR /app\nFROM base\nCOPY . .\n",
    "FROM scratch\nCOPY app .\n",
    "FROM node:22-slim\nCOPY a $APP_HOME\n",
    "# escape=`\nFROM mcr.microsoft.com/windows/nanoserver:ltsc2022\nCOPY app.exe C:\\app\\\n",
  ],
  invalid: [
    { code: "FROM node:22-slim\nCOPY package.json .\n", ranges: ["2:19-2:20"], messageIncludes: "`.`" },
    { code: "FROM node:22-slim\nADD --chown=1:1 src app/src\nWORKDIR /app\nCOPY x .\n", ranges: ["2:21-2:28"] },
  ],
});
