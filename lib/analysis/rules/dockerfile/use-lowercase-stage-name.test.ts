import { testRule } from "../../testing/rule-tester";
import rule from "./use-lowercase-stage-name";

testRule(rule, {
  valid: ["FROM golang:1.23 AS build\nFROM build\n", "FROM golang:1.23\n"],
  invalid: [
    {
      code: "FROM golang:1.23 AS Build\nFROM alpine:3.20\nCOPY --from=Build /app /app\nRUN --mount=type=bind,from=BUILD,target=/b true\n",
      ranges: ["1:21-1:26"],
      output: "FROM golang:1.23 AS build\nFROM alpine:3.20\nCOPY --from=build /app /app\nRUN --mount=type=bind,from=build,target=/b true\n",
      applicability: "safe",
      messageIncludes: "`build`",
    },
    {
      code: "FROM golang:1.23 AS BASE\nFROM Base\n",
      ranges: ["1:21-1:25"],
      output: "FROM golang:1.23 AS base\nFROM base\n",
    },
  ],
});
