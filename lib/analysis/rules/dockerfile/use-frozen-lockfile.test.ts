import { testRule } from "../../testing/rule-tester";
import rule from "./use-frozen-lockfile";

testRule(rule, {
  valid: [
    // With CI set, pnpm (and Yarn 2+) install frozen by default.
    "FROM node:22-slim\nENV CI=true\nRUN corepack enable && pnpm install --prod\n",
    "FROM node:22-slim\nRUN corepack enable && CI=1 pnpm install\n",
    "FROM node:22-slim\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci --omit=dev\n",
    // Installing named packages, global installs and installs told to skip the lockfile are something else.
    "FROM node:22-slim\nRUN npm install -g pm2@5.4.2 && npm install --no-package-lock && npm install left-pad@1.3.0\n",
    "FROM node:22-slim\nRUN yarn install --frozen-lockfile && yarn --immutable && yarn build && yarn --version\n",
    "FROM node:22-slim\nRUN pnpm install --frozen-lockfile && pnpm i --no-frozen-lockfile\n",
    "FROM node:22-slim\nRUN echo npm install && yarn add left-pad@1.3.0\n",
  ],
  invalid: [
    // The lockfile is visibly copied into the working directory: `npm ci` is a safe swap.
    {
      code: "FROM node:22-slim\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN npm install --omit=dev\n",
      ranges: ["4:5-4:16"],
      output: "FROM node:22-slim\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN npm ci --omit=dev\n",
      applicability: "unsafe",
      messageIncludes: "`npm ci`",
    },
    {
      code: "FROM node:22-slim\nWORKDIR /app\nCOPY . .\nRUN npm i && npm run build\n",
      ranges: ["4:5-4:10"],
      output: "FROM node:22-slim\nWORKDIR /app\nCOPY . .\nRUN npm ci && npm run build\n",
      applicability: "unsafe",
    },
    // Copied elsewhere than the working directory, or not at all: `npm ci` could fail, so the fix is unsafe.
    {
      code: "FROM node:22-slim\nWORKDIR /app\nCOPY package*.json /tmp/\nRUN npm install\n",
      ranges: ["4:5-4:16"],
      output: "FROM node:22-slim\nWORKDIR /app\nCOPY package*.json /tmp/\nRUN npm ci\n",
      applicability: "unsafe",
      messageIncludes: "copy it in first",
    },
    // The install runs in another directory than the one the lockfile went to.
    {
      code: "FROM node:22-slim\nWORKDIR /app\nCOPY . .\nRUN cd web && npm install\n",
      ranges: ["4:15-4:26"],
      output: "FROM node:22-slim\nWORKDIR /app\nCOPY . .\nRUN cd web && npm ci\n",
      applicability: "unsafe",
      messageIncludes: "directory this install runs in",
    },
    {
      code: "FROM node:22-slim\nRUN corepack enable && yarn install\n",
      files: { "package.json": '{ "packageManager": "yarn@4.5.1" }' },
      ranges: ["2:24-2:36"],
      output: "FROM node:22-slim\nRUN corepack enable && yarn install --immutable\n",
      applicability: "unsafe",
      messageIncludes: "`yarn install --immutable`",
    },
    // CI=false is not CI; Yarn 1 ignores CI.
    { code: "FROM node:22-slim\nENV CI=false\nRUN pnpm install\n", ranges: ["3:5-3:17"], output: "FROM node:22-slim\nENV CI=false\nRUN pnpm install --frozen-lockfile\n" },
    { code: "FROM node:22-slim\nENV CI=true\nRUN yarn install\n", ranges: ["3:5-3:17"], output: "FROM node:22-slim\nENV CI=true\nRUN yarn install --frozen-lockfile\n" },
    // --pure-lockfile keeps the lockfile as it is, but still resolves what it lacks.
    {
      code: "FROM node:22-slim\nRUN yarn install --pure-lockfile\n",
      ranges: ["2:5-2:17"],
      output: "FROM node:22-slim\nRUN yarn install --frozen-lockfile --pure-lockfile\n",
      applicability: "unsafe",
      messageIncludes: "`yarn install --pure-lockfile` does not write the lockfile, but still resolves new versions",
    },
    // Exec form: the words are JSON strings, so no edit is offered.
    { code: "FROM node:22-slim\nRUN [\"npm\", \"install\"]\n", ranges: ["2:6-2:22"] },
    // The review shows a package.json without a lockfile.
    {
      code: "FROM node:22-slim\nWORKDIR /app\nCOPY . .\nRUN npm install\n",
      files: { "package.json": "{}" },
      ranges: ["4:5-4:16"],
      output: "FROM node:22-slim\nWORKDIR /app\nCOPY . .\nRUN npm ci\n",
      applicability: "unsafe",
      messageIncludes: "no `package-lock.json`",
    },
    {
      code: "FROM node:22-slim\nWORKDIR /app\nCOPY . .\nRUN npm install\n",
      files: { "package.json": "{}", "package-lock.json": "{}" },
      ranges: ["4:5-4:16"],
      output: "FROM node:22-slim\nWORKDIR /app\nCOPY . .\nRUN npm ci\n",
      applicability: "unsafe",
    },
    {
      code: "FROM node:22-slim\nRUN yarn install --production && sh -c 'yarn'\n",
      ranges: ["2:5-2:17", "2:41-2:45"],
      output: "FROM node:22-slim\nRUN yarn install --frozen-lockfile --production && sh -c 'yarn --frozen-lockfile'\n",
      applicability: "unsafe",
    },
    {
      code: "FROM node:22-slim\nRUN <<EOF\npnpm i --prod\nEOF\n",
      ranges: ["3:1-3:7"],
      output: "FROM node:22-slim\nRUN <<EOF\npnpm i --frozen-lockfile --prod\nEOF\n",
      applicability: "unsafe",
    },
  ],
});
