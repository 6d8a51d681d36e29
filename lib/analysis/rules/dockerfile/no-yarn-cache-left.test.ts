import { testRule } from "../../testing/rule-tester";
import rule from "./no-yarn-cache-left";

testRule(rule, {
  valid: [
    "FROM node:22-slim\nRUN yarn install --frozen-lockfile && yarn cache clean\n",
    "FROM node:22-slim\nRUN yarn --production && rm -rf /usr/local/share/.cache/yarn\n",
    "FROM node:22-slim\nRUN --mount=type=cache,target=/usr/local/share/.cache/yarn yarn install\n",
    // Yarn 2+ keeps the installed packages in its cache (Plug'n'Play): told by --immutable or by the review's files.
    "FROM node:22-slim\nRUN corepack enable && yarn install --immutable\n",
    { code: "FROM node:22-slim\nRUN corepack enable && yarn install\n", files: { ".yarnrc.yml": "nodeLinker: pnp\n" } },
    "FROM node:22-slim\nRUN --mount=type=cache,target=/root/.cache/yarn,sharing=locked yarn install\n",
    // Builder stages never ship; other yarn commands download nothing.
    "FROM node:22 AS build\nRUN yarn install && yarn build\nFROM node:22-slim\nCOPY --from=build /app/dist /app\n",
    "FROM node:22-slim\nRUN yarn build && yarn run test && echo yarn install && yarn --version\n",
  ],
  invalid: [
    {
      code: "FROM node:22-slim\nRUN yarn install --frozen-lockfile\n",
      ranges: ["2:5-2:35"],
      output: "FROM node:22-slim\nRUN yarn install --frozen-lockfile && yarn cache clean\n",
      applicability: "safe",
      messageIncludes: "`yarn install`",
    },
    // Plain `yarn` installs; one finding for the RUN, at the last install.
    {
      code: "FROM node:22-slim\nRUN yarn && cd web && yarn --production\n",
      ranges: ["2:23-2:40"],
      output: "FROM node:22-slim\nRUN yarn && cd web && yarn --production && yarn cache clean\n",
      messageIncludes: "`yarn`",
    },
    // Cleaning before the install does not help.
    {
      code: "FROM node:22-slim\nRUN yarn cache clean && yarn install\n",
      ranges: ["2:25-2:37"],
      output: "FROM node:22-slim\nRUN yarn cache clean && yarn install && yarn cache clean\n",
    },
    { code: "FROM node:22-slim\nRUN <<EOF\nyarn install\nEOF\n", ranges: ["3:1-3:13"] },
    {
      code: "FROM node:22-slim\nRUN sh -c 'yarn install'\n",
      ranges: ["2:12-2:24"],
      output: "FROM node:22-slim\nRUN sh -c 'yarn install' && yarn cache clean\n",
    },
  ],
});
