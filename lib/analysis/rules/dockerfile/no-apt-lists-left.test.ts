import { testRule } from "../../testing/rule-tester";
import rule from "./no-apt-lists-left";

testRule(rule, {
  valid: [
    "FROM debian:12-slim\nRUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*\n",
    "FROM debian:12-slim\nRUN apt-get update \\\n && apt-get install -y curl \\\n && rm -rf /var/lib/apt/lists\n",
    "FROM debian:12-slim\nRUN --mount=type=cache,target=/var/lib/apt/lists apt-get update && apt-get install -y curl\n",
    // Builder stages never ship, so their lists cost nothing.
    "FROM debian:12-slim AS build\nRUN apt-get update && apt-get install -y gcc\nFROM debian:12-slim\nUSER 1000\n",
    'FROM debian:12-slim\nRUN ["apt-get", "install", "-y", "curl"]\n',
    // The model reads the cleanup through `sh -c`, option order and the cache mount's extra options.
    "FROM debian:12-slim\nRUN sh -c 'apt-get -y install curl && rm -rf /var/lib/apt/lists/*'\n",
    "FROM debian:12-slim\nRUN --mount=type=cache,target=/var/lib/apt/lists,sharing=locked apt-get -qq install curl\n",
    "FROM debian:12-slim\nRUN <<EOF\napt-get update\napt-get install -y curl\nrm -rf /var/lib/apt/lists/*\nEOF\n",
    // `apt-get install` mentioned in an echo or a package named install is not an install.
    "FROM debian:12-slim\nRUN echo apt-get install curl && apt-cache policy install\n",
    // Deleting a parent directory deletes the lists too.
    "FROM debian:12-slim\nRUN apt-get update && apt-get install -y curl && rm -fr /var/lib/apt/*\n",
    // No update here: the lists this install reads were written by an earlier layer (or none), and deleting them in
    // this layer would not make the image smaller.
    "FROM debian:12-slim\nRUN apt-get install -y curl\n",
    // apt 2.7 and later (Debian trixie) deletes them with `dist-clean`, as the official python images do.
    "FROM debian:trixie-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl && apt-get dist-clean\n",
    "FROM debian:trixie-slim\nRUN apt update && apt install -y curl; apt dist-clean\n",
  ],
  invalid: [
    // A stage built on this one installs without its own update: removing the lists would break it, so no fix.
    {
      code: "FROM debian:12-slim AS base\nRUN apt-get update && apt-get install -y curl\nFROM base\nRUN apt-get install -y wget && rm -rf /var/lib/apt/lists/*\n",
      ranges: ["2:23-2:46"],
      messageIncludes: "move that install into this `RUN`",
    },
    // An update alone is flagged where it is; the install after it needs its lists, so there is no fix.
    {
      code: "FROM debian:12-slim\nRUN apt-get update\nRUN apt-get install -y curl; echo done\n",
      ranges: ["2:5-2:19"],
      messageIncludes: "This `apt-get update` leaves",
    },
    // The message names the command as written.
    {
      code: "FROM debian:12-slim\nRUN apt update && apt install -y curl\n",
      ranges: ["2:19-2:38"],
      messageIncludes: "This `apt install` leaves",
      output: "FROM debian:12-slim\nRUN apt update && apt install -y curl && rm -rf /var/lib/apt/lists/*\n",
    },
    // `apt-get clean` empties the download cache, not the lists.
    {
      code: "FROM debian:12-slim\nRUN apt-get update && apt-get install -y curl && apt-get clean\n",
      ranges: ["2:23-2:46"],
      messageIncludes: "This `apt-get install` leaves",
      output: "FROM debian:12-slim\nRUN apt-get update && apt-get install -y curl && apt-get clean && rm -rf /var/lib/apt/lists/*\n",
    },
    // A heredoc script is read too; the fix (appending to the RUN line) would not be right there, so none is offered.
    { code: "FROM debian:12-slim\nRUN <<EOF\napt-get update\napt-get install -y curl\nEOF\n", ranges: ["4:1-4:24"] },
    // The RUN ends in a comment: appending there would comment the cleanup out, so no fix is offered.
    { code: "FROM debian:12-slim\nRUN apt-get update && apt-get install -y curl # tools\n", ranges: ["2:23-2:46"] },
    // Removing an unrelated directory whose name merely starts the same is not the cleanup.
    {
      code: "FROM debian:12-slim\nRUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists-backup\n",
      ranges: ["2:23-2:46"],
      output: "FROM debian:12-slim\nRUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists-backup && rm -rf /var/lib/apt/lists/*\n",
    },
    {
      code: "FROM debian:12-slim\nRUN apt-get update && apt-get install -y curl\n",
      ranges: ["2:23-2:46"],
      output: "FROM debian:12-slim\nRUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*\n",
      applicability: "safe",
    },
    {
      code: "FROM debian:12-slim\nRUN apt-get update \\\n && apt-get install -y \\\n      curl git\n",
      ranges: ["3:5-4:15"],
      output: "FROM debian:12-slim\nRUN apt-get update \\\n && apt-get install -y \\\n      curl git && rm -rf /var/lib/apt/lists/*\n",
    },
    // Unlike hadolint, an unrelated `rm -rf` is not mistaken for the cleanup.
    {
      code: "FROM debian:12-slim\nRUN apt-get update && sudo apt-get install -y curl && rm -rf /tmp/*\n",
      ranges: ["2:23-2:51"],
      output: "FROM debian:12-slim\nRUN apt-get update && sudo apt-get install -y curl && rm -rf /tmp/* && rm -rf /var/lib/apt/lists/*\n",
    },
    // A later install relies on these lists: deleting them would break it, so no fix is offered.
    {
      code: "FROM debian:12-slim\nRUN apt-get update && apt-get install -y curl\nRUN apt-get install -y git && rm -rf /var/lib/apt/lists/*\n",
      ranges: ["2:23-2:46"],
    },
  ],
});
