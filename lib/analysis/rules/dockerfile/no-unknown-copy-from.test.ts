import { testRule } from "../../testing/rule-tester";
import rule from "./no-unknown-copy-from";

testRule(rule, {
  valid: [
    "FROM golang:1.23 AS builder\nFROM alpine:3.20\nCOPY --from=builder /app /app\nCOPY --from=0 /b /b\n",
    // Any image may be a source: tagged, with a registry, or a bare Docker Hub name unlike any stage.
    "FROM alpine:3.20\nCOPY --from=nginx:1.27 /etc/nginx /etc/nginx\nCOPY --from=busybox /bin/busybox /bin/\n",
    "FROM alpine:3.20\nCOPY --from=$BUILDER /a /a\n",
    // Copying from the stage itself is no-copy-from-own-stage's finding.
    "FROM alpine:3.20 AS a\nCOPY --from=a /x /y\nCOPY --from=0 /x /z\n",
  ],
  invalid: [
    {
      code: "FROM golang:1.23 AS builder\nFROM alpine:3.20\nCOPY --from=buidler /app /app\n",
      ranges: ["3:13-3:20"],
      output: "FROM golang:1.23 AS builder\nFROM alpine:3.20\nCOPY --from=builder /app /app\n",
      applicability: "unsafe",
      messageIncludes: "`builder`",
    },
    { code: "FROM golang:1.23 AS builder\nFROM alpine:3.20\nCOPY --from=2 /app /app\n", ranges: ["3:13-3:14"], messageIncludes: "no stage of this Dockerfile" },
    { code: "FROM alpine:3.20\nCOPY --from=1 /app /app\nFROM golang:1.23\n", ranges: ["2:13-2:14"], messageIncludes: "further down" },
    { code: "FROM alpine:3.20\nCOPY --from=assets /a /a\nFROM node:22 AS assets\n", ranges: ["2:13-2:19"], messageIncludes: "further down" },
  ],
});
