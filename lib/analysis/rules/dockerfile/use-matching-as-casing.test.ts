import { testRule } from "../../testing/rule-tester";
import rule from "./use-matching-as-casing";

testRule(rule, {
  valid: ["FROM golang:1.23 AS build\n", "from golang:1.23 as build\n", "From golang:1.23 as build\n", "FROM golang:1.23\n"],
  invalid: [
    { code: "FROM golang:1.23 as build\n", ranges: ["1:18-1:20"], output: "FROM golang:1.23 AS build\n", applicability: "safe", messageIncludes: "`AS`" },
    { code: "from golang:1.23 As build\n", ranges: ["1:18-1:20"], output: "from golang:1.23 as build\n" },
  ],
});
