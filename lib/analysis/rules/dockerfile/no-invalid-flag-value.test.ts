import { testRule } from "../../testing/rule-tester";
import rule from "./no-invalid-flag-value";

testRule(rule, {
  valid: [
    "FROM node:22-slim AS b\nCOPY --from=b --chown=1:1 --link --exclude=*.md --exclude=*.txt . /app\nRUN --mount=type=cache,target=/a --mount=type=secret,id=s true\nCOPY --link=false a /a\n",
  ],
  invalid: [
    { code: "FROM node:22-slim\nCOPY --chown=1000:1000 --chown=node . /app\n", ranges: ["2:24-2:36"], messageIncludes: "given twice" },
    { code: "FROM node:22-slim\nCOPY --from= --link=yes a /a\n", ranges: ["2:6-2:13", "2:14-2:24"] },
  ],
});
