import { testRule } from "../../testing/rule-tester";
import rule from "./require-explicit-uid";

testRule(rule, {
  valid: [
    "FROM debian:12-slim\nRUN groupadd -g 10001 app && useradd -u 10001 -g app app\n",
    // The guide's Node example: BusyBox short options.
    "FROM node:22-alpine\nRUN addgroup -g 1001 -S nodejs\nRUN adduser -S nextjs -u 1001\n",
    "FROM debian:12-slim\nRUN adduser --system --uid 10001 --gid 10001 app && adduser app sudo && useradd -D -s /bin/bash\n",
    // Builder stages do not ship their accounts.
    "FROM debian:12-slim AS build\nRUN useradd builder\nFROM debian:12-slim\nUSER 10001\n",
    "FROM debian:12-slim\nRUN echo useradd app\n",
  ],
  invalid: [
    // The guide's non-root example.
    {
      code: "FROM ubuntu:20.04\nRUN groupadd -r appuser && useradd -r -g appuser appuser\nUSER appuser\n",
      ranges: ["2:5-2:24", "2:28-2:57"],
      messageIncludes: "lets the system pick the",
      output: "FROM ubuntu:20.04\nRUN groupadd -g 10001 -r appuser && useradd -u 10001 -r -g appuser appuser\nUSER appuser\n",
      applicability: "unsafe",
    },
    // BusyBox on Alpine takes -u/-g; Debian's adduser --uid/--gid; numbers the file uses are skipped.
    {
      code: "FROM alpine:3.20\nRUN addgroup -S app && adduser -S -G app app\n",
      ranges: ["2:5-2:20", "2:24-2:45"],
      messageIncludes: " app` lets",
      output: "FROM alpine:3.20\nRUN addgroup -g 10001 -S app && adduser -u 10001 -S -G app app\n",
    },
    {
      code: "FROM debian:12-slim\nRUN useradd -u 10001 web && adduser --system worker\n",
      ranges: ["2:29-2:52"],
      messageIncludes: "(`--uid 10002`)",
      output: "FROM debian:12-slim\nRUN useradd -u 10001 web && adduser --uid 10002 --system worker\n",
    },
    // useradd gives the user a group of its own with the same number: the next group gets another one.
    {
      code: "FROM node:22-slim\nRUN useradd -s /bin/bash -m vscode && groupadd docker && usermod -aG docker vscode\n",
      ranges: ["2:5-2:35", "2:39-2:54"],
      output: "FROM node:22-slim\nRUN useradd -u 10001 -s /bin/bash -m vscode && groupadd -g 10002 docker && usermod -aG docker vscode\n",
    },
    // Which adduser an unknown base has cannot be told: no fix, and no option named.
    { code: "FROM acme/base:1\nRUN adduser app\n", ranges: ["2:5-2:16"], messageIncludes: "Set it explicitly." },
  ],
});
