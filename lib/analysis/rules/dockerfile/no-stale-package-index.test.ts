import { testRule } from "../../testing/rule-tester";
import rule from "./no-stale-package-index";

testRule(rule, {
  valid: [
    "FROM debian:12-slim\nRUN apt-get update && apt-get install -y curl\nRUN apt-get update && apt-get install -y git\n",
    "FROM debian:12-slim\nRUN apt-get update && apt-get upgrade -y\n",
    // apk add --no-cache / -U fetch their own index.
    "FROM alpine:3.20\nRUN apk update && apk add curl\nRUN apk add --no-cache git && apk add -U make && apk add --update jq\n",
    // No earlier update in the file: what the base image holds is unknown.
    "FROM debian:12-slim\nRUN apt-get install -y curl\n",
    // Other managers refresh their metadata themselves; mentions are not commands.
    "FROM fedora:40\nRUN dnf makecache\nRUN dnf install -y git\n",
    "FROM debian:12-slim\nRUN echo apt-get update\n",
    "FROM debian:12-slim\nRUN sh -c 'apt-get update && apt-get install -y curl'\n",
    "FROM debian:12-slim\nRUN <<EOF\napt-get update\napt-get install -y curl\nEOF\n",
    // The index lives in a cache mount shared by both RUNs, not in a layer.
    "FROM debian:12-slim\nRUN --mount=type=cache,target=/var/lib/apt apt-get update && apt-get install -y curl\nRUN --mount=type=cache,target=/var/lib/apt apt-get install -y git\n",
  ],
  invalid: [
    // The update's own flags, or a `||` that would swallow its failure: no fix.
    { code: "FROM debian:12-slim\nRUN --network=host apt-get update\nRUN apt-get install -y curl\n", ranges: ["2:20-2:34"] },
    { code: "FROM debian:12-slim\nRUN apt-get update\nRUN apt-get install -y curl || true\n", ranges: ["2:5-2:19"] },
    {
      code: "FROM debian:12-slim\nRUN apt-get update\nRUN apt-get install -y curl\n",
      ranges: ["2:5-2:19"],
      output: "FROM debian:12-slim\nRUN apt-get update && apt-get install -y curl\n",
      applicability: "safe",
      messageIncludes: "`apt-get update` installs nothing",
    },
    { code: "FROM debian:12-slim\nRUN sh -c 'apt-get update'\nRUN apt-get install -y curl\n", ranges: ["2:12-2:26"] },
    // The update is moved with its options.
    {
      code: "FROM ubuntu:24.04\nRUN apt update -qq\nRUN --mount=type=cache,target=/var/cache/apt apt install -y curl\n",
      ranges: ["2:5-2:19"],
      output: "FROM ubuntu:24.04\nRUN --mount=type=cache,target=/var/cache/apt apt update -qq && apt install -y curl\n",
    },
    // Another instruction in between: no fix, and the install is reported too.
    // For apk the advice is use-apk-no-cache's: an install that fetches its own index, not another `apk update`.
    { code: "FROM alpine:3.20\nRUN apk update\nENV A=1\nRUN apk add curl\n", ranges: ["2:5-2:15", "4:5-4:17"], messageIncludes: "Install with `apk add --no-cache`" },
    // Every later install reads the same old index.
    {
      code: "FROM debian:12-slim\nRUN apt-get update -y\nRUN apt-get install -y python3\nRUN apt-get install -y vim\n",
      ranges: ["2:5-2:22", "4:5-4:27"],
      output: "FROM debian:12-slim\nRUN apt-get update -y && apt-get install -y python3\nRUN apt-get install -y vim\n",
    },
    // A later install relies on the index of an earlier RUN that installed too, also in a parent stage.
    {
      code: "FROM debian:12-slim AS base\nRUN apt-get update && apt-get install -y curl\nFROM base\nRUN apt-get install -y git\n",
      ranges: ["4:5-4:27"],
      messageIncludes: "the layer of line 2",
    },
    // An install before the update of its own RUN reads the old index.
    {
      code: "FROM debian:12-slim\nRUN apt-get update && apt-get install -y curl\nRUN apt-get install -y git && apt-get update\n",
      ranges: ["3:5-3:27", "3:31-3:45"],
    },
  ],
});
