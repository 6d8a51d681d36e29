import { testRule } from "../../testing/rule-tester";
import rule from "./use-npm-omit-dev";

testRule(rule, {
  valid: [
    // npm 6 (Node.js 14 and older) has no --omit: --production is right there.
    "FROM node:14-alpine\nRUN npm ci --production\n",
    "FROM node:fermium AS deps\nRUN npm install --only=production\nFROM deps\nRUN npm ci --production\n",
    "FROM node:22-slim\nRUN npm ci --omit=dev\n",
    // `--production=false` keeps devDependencies; yarn's own `--production` is not deprecated.
    "FROM node:22-slim\nRUN npm install --production=false && yarn install --production --frozen-lockfile\n",
    "FROM node:22-slim\nRUN echo npm ci --only=production && npm run build --production\n",
  ],
  invalid: [
    {
      code: "FROM node:22-slim\nRUN npm ci --only=production\n",
      ranges: ["2:12-2:29"],
      output: "FROM node:22-slim\nRUN npm ci --omit=dev\n",
      applicability: "safe",
      messageIncludes: "`--only=production`",
    },
    {
      code: "FROM node:22-slim\nRUN npm install --production --no-audit && npm i --only prod\n",
      ranges: ["2:17-2:29", "2:50-2:61"],
      output: "FROM node:22-slim\nRUN npm install --omit=dev --no-audit && npm i --omit=dev\n",
    },
    {
      code: "FROM node:22-slim\nRUN sh -c \"npm ci --production\"\n",
      ranges: ["2:19-2:31"],
      output: "FROM node:22-slim\nRUN sh -c \"npm ci --omit=dev\"\n",
    },
    { code: "FROM node:22-slim\nRUN [\"npm\", \"ci\", \"--only=production\"]\n", ranges: ["2:19-2:38"] },
  ],
});
