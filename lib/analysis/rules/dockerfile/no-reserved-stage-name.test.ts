import { testRule } from "../../testing/rule-tester";
import rule from "./no-reserved-stage-name";

testRule(rule, {
  valid: ["FROM alpine:3.20 AS base\nFROM scratch\n", "FROM alpine:3.20 AS scratchpad\n"],
  invalid: [
    { code: "FROM alpine:3.20 AS scratch\n", ranges: ["1:21-1:28"], messageIncludes: "`scratch`" },
    { code: "FROM alpine:3.20 as Context\n", ranges: ["1:21-1:28"], messageIncludes: "`Context`" },
  ],
});
