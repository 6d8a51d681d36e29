import { testRule } from "../../testing/rule-tester";
import rule from "./no-unknown-flag";

testRule(rule, {
  valid: [
    "FROM --platform=$BUILDPLATFORM node:22-slim AS b\nCOPY --from=b --chown=1:1 --chmod=644 --link --exclude=*.md . /app\nADD --checksum=sha256:abc https://x/y /y\nRUN --mount=type=cache,target=/root/.npm --network=none npm ci\nHEALTHCHECK --interval=5s CMD true\n",
  ],
  invalid: [
    {
      code: "FROM node:22-slim\nCOPY --chmown=1000:1000 . /app\n",
      ranges: ["2:6-2:24"],
      output: "FROM node:22-slim\nCOPY --chown=1000:1000 . /app\n",
      applicability: "unsafe",
      messageIncludes: "Did you mean `--chown`?",
    },
    { code: "FROM --arch=arm64 node:22-slim\nRUN --cache=true npm ci\n", ranges: ["1:6-1:18", "2:5-2:17"], messageIncludes: "accepts" },
  ],
});
