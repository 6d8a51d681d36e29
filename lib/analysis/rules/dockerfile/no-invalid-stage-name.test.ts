import { testRule } from "../../testing/rule-tester";
import rule from "./no-invalid-stage-name";

testRule(rule, {
  valid: ["FROM alpine:3.20 AS build-1.x_y\n", "FROM alpine:3.20 AS Build\n", "FROM alpine:3.20\n"],
  invalid: [
    { code: "FROM alpine:3.20 AS 1st\n", ranges: ["1:21-1:24"], messageIncludes: "`1st`" },
    { code: "FROM alpine:3.20 AS build:dev\n", ranges: ["1:21-1:30"] },
  ],
});
