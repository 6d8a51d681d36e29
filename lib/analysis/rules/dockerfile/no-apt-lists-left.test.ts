import { testRule } from "../../testing/rule-tester";
import rule from "./no-apt-lists-left";

testRule(rule, {
  valid: [
    "FROM debian:12-slim\nRUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*\n",
    "FROM debian:12-slim\nRUN apt-get update \\\n && apt-get install -y curl \\\n && rm -rf /var/lib/apt/lists\n",
    "FROM debian:12-slim\nRUN --mount=type=cache,target=/var/lib/apt/lists apt-get update && apt-get install -y curl\n",
    // Builder stages never ship, so their lists cost nothing.
    "FROM debian:12-slim AS build\nRUN apt-get update && apt-get install -y gcc\nFROM debian:12-slim\nUSER 1000\n",
    'FROM debian:12-slim\nRUN ["apt-get", "install", "-y", "curl"]\n',
  ],
  invalid: [
    {
      code: "FROM debian:12-slim\nRUN apt-get update && apt-get install -y curl\n",
      ranges: ["2:23-2:46"],
      output: "FROM debian:12-slim\nRUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*\n",
      applicability: "safe",
    },
    {
      code: "FROM debian:12-slim\nRUN apt-get update \\\n && apt-get install -y \\\n      curl git\n",
      ranges: ["3:5-4:15"],
      output: "FROM debian:12-slim\nRUN apt-get update \\\n && apt-get install -y \\\n      curl git && rm -rf /var/lib/apt/lists/*\n",
    },
    // Unlike hadolint, an unrelated `rm -rf` is not mistaken for the cleanup.
    {
      code: "FROM debian:12-slim\nRUN apt-get update && sudo apt-get install -y curl && rm -rf /tmp/*\n",
      ranges: ["2:23-2:51"],
      output: "FROM debian:12-slim\nRUN apt-get update && sudo apt-get install -y curl && rm -rf /tmp/* && rm -rf /var/lib/apt/lists/*\n",
    },
    // A later install relies on these lists: deleting them changes the build, so the fix is unsafe.
    {
      code: "FROM debian:12-slim\nRUN apt-get update && apt-get install -y curl\nRUN apt-get install -y git && rm -rf /var/lib/apt/lists/*\n",
      ranges: ["2:23-2:46"],
      output: "FROM debian:12-slim\nRUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*\nRUN apt-get install -y git && rm -rf /var/lib/apt/lists/*\n",
      applicability: "unsafe",
    },
  ],
});
