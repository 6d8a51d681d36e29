import { testRule } from "../../testing/rule-tester";
import rule from "./use-definition-description";

testRule(rule, {
  valid: [
    "# build compiles the binary\nFROM golang:1.23 AS build\n# VERSION to stamp\nARG VERSION=dev\n",
    "# A free comment, separated by a blank line\n\nFROM golang:1.23 AS build\nARG VERSION\n",
  ],
  invalid: [
    { code: "FROM golang:1.23 AS build\n# Version of the app\nARG VERSION=dev\n", ranges: ["2:1-2:21"], messageIncludes: "`# VERSION <description>`" },
    { code: "# Build stage\nFROM golang:1.23 AS build\n", ranges: ["1:1-1:14"], messageIncludes: "stage `build`" },
  ],
});
