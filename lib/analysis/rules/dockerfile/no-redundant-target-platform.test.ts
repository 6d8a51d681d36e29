import { testRule } from "../../testing/rule-tester";
import rule from "./no-redundant-target-platform";

testRule(rule, {
  valid: ["FROM --platform=$BUILDPLATFORM alpine:3.20\n", "FROM alpine:3.20\n"],
  invalid: [
    {
      code: "FROM --platform=$TARGETPLATFORM alpine:3.20\n",
      ranges: ["1:6-1:32"],
      output: "FROM alpine:3.20\n",
      applicability: "safe",
      messageIncludes: "--platform=$TARGETPLATFORM",
    },
    { code: "FROM --platform=${TARGETPLATFORM}   golang:1.23 AS b\n", ranges: ["1:6-1:34"], output: "FROM golang:1.23 AS b\n" },
  ],
});
