import { testRule } from "../../testing/rule-tester";
import rule from "./require-directory-destination";

testRule(rule, {
  valid: [
    "FROM node:22-slim\nCOPY package.json package-lock.json /app/\n",
    "FROM node:22-slim\nCOPY package.json /app/package.json\n",
    "FROM node:22-slim\nCOPY --link --chown=1000:1000 a b ./\n",
    "FROM node:22-slim\nCOPY a b $DEST\n",
  ],
  invalid: [
    {
      code: "FROM node:22-slim\nCOPY package.json package-lock.json /app\n",
      ranges: ["2:37-2:41"],
      output: "FROM node:22-slim\nCOPY package.json package-lock.json /app/\n",
      applicability: "safe",
      messageIncludes: "`/app/`",
    },
    {
      code: 'FROM node:22-slim\nADD ["a", "b", "/srv"]\n',
      ranges: ["2:16-2:22"],
      output: 'FROM node:22-slim\nADD ["a", "b", "/srv/"]\n',
    },
    { code: "FROM node:22-slim\nCOPY --from=build a b .\n", ranges: ["2:23-2:24"], output: "FROM node:22-slim\nCOPY --from=build a b ./\n" },
  ],
});
