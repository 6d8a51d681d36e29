import { testRule } from "../../testing/rule-tester";
import rule from "./no-invalid-onbuild";

testRule(rule, {
  valid: ["FROM node:22-slim\nONBUILD COPY . /app\nONBUILD RUN npm ci\n"],
  invalid: [
    { code: "FROM node:22-slim\nONBUILD FROM alpine:3.20\n", ranges: ["2:9-2:13"], messageIncludes: "`ONBUILD FROM`" },
    { code: "FROM node:22-slim\nonbuild onbuild RUN x\nONBUILD maintainer me\n", ranges: ["2:9-2:16", "3:9-3:19"] },
  ],
});
