import { testRule } from "../../testing/rule-tester";
import rule from "./no-consecutive-run";

testRule(rule, {
  valid: [
    "FROM debian:12-slim\nRUN apt-get update && apt-get install -y curl\nCOPY a /a\nRUN make\n",
    // Builder stages never ship: their layers cost nothing.
    "FROM golang:1.23 AS build\nRUN go mod download\nRUN go build ./...\nFROM scratch\n",
    "FROM debian:12-slim\nRUN --mount=type=cache,target=/var/cache/apt apt-get update\nRUN make\n",
    'FROM debian:12-slim\nRUN ["make"]\nRUN make install\n',
  ],
  invalid: [
    // A `&`, `||` or `;` at the top of the second script would bind to the joined list: no fix.
    { code: "FROM debian:12-slim\nRUN echo f\nRUN echo g &\n", ranges: ["3:1-3:4"] },
    { code: "FROM debian:12-slim\nRUN make\nRUN make test || true\n", ranges: ["3:1-3:4"] },
    {
      code: "FROM debian:12-slim\nRUN apt-get update\nRUN apt-get install -y curl\n",
      ranges: ["3:1-3:4"],
      output: "FROM debian:12-slim\nRUN apt-get update \\\n && apt-get install -y curl\n",
      applicability: "unsafe",
      messageIncludes: "line 2",
    },
    { code: "FROM debian:12-slim\nRUN a\n# then\nRUN b\n", ranges: ["4:1-4:4"] },
    // `&&` after a comment, a `&` or a `;` would be commented out or a syntax error; a backtick escape has no `\`: no fix.
    { code: "FROM debian:12-slim\nRUN echo one # first\nRUN echo two\n", ranges: ["3:1-3:4"] },
    { code: "FROM debian:12-slim\nRUN sleep 1 &\nRUN echo two\n", ranges: ["3:1-3:4"] },
    // A `cd` would carry over to the second script (`rm -rf build` would then run in /tmp): no fix. In a subshell it does not.
    { code: "FROM debian:12-slim\nRUN cd /tmp && make\nRUN rm -rf build\n", ranges: ["3:1-3:4"] },
    {
      code: "FROM debian:12-slim\nRUN (cd /tmp && make)\nRUN rm -rf build\n",
      ranges: ["3:1-3:4"],
      output: "FROM debian:12-slim\nRUN (cd /tmp && make) \\\n && rm -rf build\n",
    },
    { code: "# escape=`\nFROM debian:12-slim\nRUN echo one\nRUN echo two\n", ranges: ["4:1-4:4"] },
    {
      code: "FROM debian:12-slim\nRUN a \\\n  && b\nRUN c\nRUN d\n",
      ranges: ["4:1-4:4", "5:1-5:4"],
      output: "FROM debian:12-slim\nRUN a \\\n  && b \\\n && c \\\n && d\n",
    },
  ],
});
