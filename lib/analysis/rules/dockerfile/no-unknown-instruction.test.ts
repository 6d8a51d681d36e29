import { testRule } from "../../testing/rule-tester";
import rule from "./no-unknown-instruction";

testRule(rule, {
  valid: ["FROM alpine:3.20\nrun true\nONBUILD RUN true\nHEALTHCHECK NONE\n"],
  invalid: [
    {
      code: "FROM alpine:3.20\nRNU apk add --no-cache curl\n",
      ranges: ["2:1-2:4"],
      output: "FROM alpine:3.20\nRUN apk add --no-cache curl\n",
      applicability: "unsafe",
      messageIncludes: "Did you mean `RUN`?",
    },
    { code: "FROM debian:12-slim\nRUN apt-get update &&\n    apt-get install -y curl\n", ranges: ["3:5-3:12"], messageIncludes: "end that line with `\\`" },
  ],
});
