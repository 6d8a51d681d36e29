import { testRule } from "../../testing/rule-tester";
import rule from "./no-duplicate-stage-name";

testRule(rule, {
  valid: [
    "FROM golang:1.23 AS build\nFROM alpine:3.20 AS runtime\n",
    "FROM golang:1.23\nFROM alpine:3.20\n",
  ],
  invalid: [
    { code: "FROM golang:1.23 AS build\nFROM node:22 AS build\n", ranges: ["2:17-2:22"], messageIncludes: "line 1" },
    // BuildKit compares stage names case-insensitively.
    { code: "FROM golang:1.23 AS build\nFROM node:22 AS Build\nFROM alpine:3.20 AS BUILD\n", ranges: ["2:17-2:22", "3:21-3:26"], messageIncludes: "`B" },
  ],
});
