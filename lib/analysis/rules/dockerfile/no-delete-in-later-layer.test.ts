import "../../size/bundled-data";
import { testRule } from "../../testing/rule-tester";
import rule from "./no-delete-in-later-layer";

testRule(rule, {
  valid: [
    // Deleted in the RUN that created them: nothing ships.
    "FROM debian:bookworm-slim\nRUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*\n",
    "FROM debian:bookworm-slim\nRUN curl -fsSLo /tmp/tool.tgz https://example.com/tool.tgz && tar -xzf /tmp/tool.tgz -C /opt && rm /tmp/tool.tgz\n",
    // Deleting something no earlier instruction of the stage created.
    "FROM debian:bookworm-slim\nRUN rm -rf /var/log/*\n",
    // Builder stages do not ship.
    "FROM node:22 AS build\nCOPY . /src\nRUN rm -rf /src/test\nFROM node:22-slim\nCOPY --from=build /src /app\n",
    // A variable path could be anything.
    'FROM debian:bookworm-slim\nCOPY app /app\nRUN rm -rf "$TMPDIR"\n',
  ],
  invalid: [
    // Bytes kept by several layers: all of them are named, and the size is theirs together.
    {
      code: "FROM debian:bookworm-slim\nRUN apt-get update\nRUN apt-get install -y --no-install-recommends curl\nRUN apt-get update && apt-get install -y --no-install-recommends git\nRUN rm -rf /var/lib/apt/lists/*\n",
      ranges: ["5:12-5:32"],
      messageIncludes: "lines 2 and 4 added it (line 2: apt lists left in /var/lib/apt/lists) and those layers still ship ≈ 31 MB",
    },
    {
      code: "FROM debian:bookworm-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl\nRUN rm -rf /var/lib/apt/lists/*\n",
      ranges: ["3:12-3:32"],
      messageIncludes: "line 2",
    },
    {
      code: "FROM debian:bookworm-slim\nWORKDIR /opt\nRUN wget -O tool.tar.gz https://example.com/tool.tar.gz\nRUN tar -xzf tool.tar.gz && rm tool.tar.gz\n",
      ranges: ["4:32-4:43"],
      messageIncludes: "/opt/tool.tar.gz",
    },
    {
      code: "FROM python:3.12-slim\nWORKDIR /app\nCOPY . .\nRUN rm -rf /app/tests\nRUN rm -rf /app\n",
      ranges: ["5:12-5:16"],
    },
    {
      // The final stage is built FROM base: base's layers ship.
      code: "FROM debian:bookworm-slim AS base\nRUN apt-get update && apt-get install -y --no-install-recommends curl\nRUN rm -rf -- /var/lib/apt/lists/*\nFROM base\nCMD [\"curl\"]\n",
      ranges: ["3:15-3:35"],
    },
    {
      // The lists an earlier layer leaves, deleted inside a heredoc script.
      code: "FROM debian:bookworm-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl\nRUN <<EOF\nset -e\nrm -rf /var/lib/apt/lists/*\nEOF\n",
      ranges: ["5:8-5:28"],
    },
    {
      code: "FROM debian:bookworm-slim\nRUN apt-get update && apt-get install -y --no-install-recommends gcc && rm -rf /var/lib/apt/lists/*\nRUN apt-get purge -y gcc\n",
      ranges: ["3:5-3:25"],
      messageIncludes: "gcc",
    },
  ],
});
