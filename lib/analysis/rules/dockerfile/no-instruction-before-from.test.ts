import { testRule } from "../../testing/rule-tester";
import rule from "./no-instruction-before-from";

testRule(rule, {
  valid: ["# syntax=docker/dockerfile:1\n# comment\nARG V=3.20\nFROM alpine:${V}\nRUN true\n"],
  invalid: [
    { code: "LABEL a=b\nENV X=1\nFROM alpine:3.20\n", ranges: ["1:1-1:6", "2:1-2:4"], messageIncludes: "comes before the first `FROM`" },
    { code: "RUN echo hi\nCMD [\"sh\"]\n", ranges: ["1:1-1:4"], messageIncludes: "no `FROM`" },
    // The builder refuses a file with nothing to build: empty, comments only, or ARGs only.
    { code: "", ranges: ["1:1-1:1"], messageIncludes: "no `FROM` nor any other instruction" },
    { code: "# syntax=docker/dockerfile:1\n# to do\n", ranges: ["1:1-1:1"] },
    { code: "# base\nARG BASE=alpine:3.20\n", ranges: ["2:1-2:4"] },
  ],
});
