import { testRule } from "../../testing/rule-tester";
import rule from "./no-copy-outside-context";

testRule(rule, {
  valid: ["FROM node:22-slim\nCOPY ./shared /app/shared\n", "FROM node:22-slim\nCOPY --from=build ../x /x\n", "FROM node:22-slim\nCOPY ..hidden /x\n"],
  invalid: [
    { code: "FROM node:22-slim\nCOPY ../shared /app/shared\n", ranges: ["2:6-2:15"], messageIncludes: "`../shared`" },
    { code: 'FROM node:22-slim\nADD ["..", "/src/"]\n', ranges: ["2:6-2:10"] },
  ],
});
