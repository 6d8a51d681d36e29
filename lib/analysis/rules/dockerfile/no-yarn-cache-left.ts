import type { Command } from "../../dockerfile/commands";
import { shippedRuns } from "../../dockerfile/stages";
import type { TextEdit } from "../../types";
import { defineDockerfileRule } from "../types";
import { appendToRun, followedBy, mountsCacheAt, removesPath, reviewShowsYarnBerry } from "./package-managers";

interface Data {
  command: string;
  append: TextEdit | undefined;
}

/** Yarn's cache: `~/.cache/yarn` (v1), `/usr/local/share/.cache/yarn` (root in the node images), `.yarn/cache` (v2+). */
const YARN_CACHE = /(^|\/)\.?(cache\/yarn|yarn\/cache|yarn-cache)(\/\*?)?$/;
const CACHE_CLEAN = "yarn cache clean";

const INFORMATION = new Set(["--version", "-v", "--help", "-h"]);

/** `yarn install`, or `yarn` without a subcommand (which installs, unless it only prints its version or help). */
const installs = (command: Command) =>
  command.is("yarn", "install")
  || (command.is("yarn") && command.subcommand === undefined && !command.options.some((option) => INFORMATION.has(option.name)));
const cleans = (command: Command) =>
  (command.is("yarn", "cache") && command.operands[0]?.value === "clean") || removesPath(command, YARN_CACHE);

export default defineDockerfileRule<Data>({
  meta: {
    id: "no-yarn-cache-left",
    aliases: ["DL3060"],
    category: "size",
    // A second copy of every package, like pip's cache: a warning here, though hadolint reports it as info.
    severity: "warning",
    fileKind: "dockerfile",
    profiles: { hadolint: "info" },
    docs: {
      summary: "`yarn install` leaves its package cache in the image.",
      whatItDoes:
        "Flags, in stages that ship, a `RUN` with `yarn install` (or plain `yarn`) that is not followed by " +
        "`yarn cache clean` (or deleting the cache directory) in the same `RUN`, and that does not mount a cache or " +
        "tmpfs on the yarn cache. One finding per `RUN`, at its last install. Yarn 2+ installs (`--immutable`, or a " +
        "`.yarnrc.yml` in the review), whose cache holds the installed packages, are left alone.",
      whyItMatters:
        "Yarn copies every package tarball it downloads into its cache (`/usr/local/share/.cache/yarn` for root in " +
        "the node images): a second copy of `node_modules`, often hundreds of megabytes, that the image never reads again.",
      example: "FROM node:22-slim\nCOPY package.json yarn.lock ./\nRUN yarn install --frozen-lockfile --production\n",
      useInstead: "FROM node:22-slim\nWORKDIR /app\nCOPY package.json yarn.lock ./\nRUN yarn install --frozen-lockfile --production && yarn cache clean\n",
      fixSafety:
        "Safe: appends `&& yarn cache clean` to the `RUN` (also after a closing `fi` or `done`; not after a heredoc, a comment or a background job).",
      whenNotToUse:
        "Stages that never ship (the rule already skips them). To keep the cache between builds, mount it: " +
        "`RUN --mount=type=cache,target=/usr/local/share/.cache/yarn yarn install`.",
    },
  },
  check(context, report) {
    for (const run of shippedRuns(context.model)) {
      const details = context.run(run);
      const cleanedLater = followedBy(details.commands, cleans);
      const last = details.commands.filter((command, index) => installs(command) && !cleanedLater(command, index)).at(-1);
      // Yarn 2+ keeps its packages in the cache (Plug'n'Play): cleaning it would remove the installed dependencies.
      if (!last || mountsCacheAt(details, YARN_CACHE) || last.has("--immutable") || last.has("--immutable-cache") || reviewShowsYarnBerry(context)) continue;
      report({ range: last.range, data: { command: last.subcommand ? "yarn install" : "yarn", append: appendToRun(context, run, ` && ${CACHE_CLEAN}`) } });
    }
  },
  message: ({ command }) =>
    `\`${command}\` keeps a copy of every downloaded package in yarn's cache, often hundreds of megabytes in the layer. End the same \`RUN\` with \`&& ${CACHE_CLEAN}\`.`,
  fix: ({ append }) => append && { title: `Append \`${CACHE_CLEAN}\``, applicability: "safe", edits: [append] },
});
