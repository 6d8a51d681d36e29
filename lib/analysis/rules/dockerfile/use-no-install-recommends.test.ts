import { testRule } from "../../testing/rule-tester";
import rule from "./use-no-install-recommends";

testRule(rule, {
  valid: [
    // A simulated install (the official postgres image asks whether a package exists) installs nothing.
    'FROM debian:12-slim\nRUN if apt-get install -s "postgresql-17-jit" > /dev/null 2>&1; then echo yes; fi && apt-get install --dry-run curl\n',
    "FROM debian:12-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl\n",
    "FROM debian:12-slim\nRUN apt-get install -y -o APT::Install-Recommends=false curl && apt-get install -y -oAPT::Install-Recommends=0 git\n",
    // Asking for recommends explicitly is a choice.
    "FROM debian:12-slim\nRUN apt-get install -y --install-recommends texlive\n",
    // Turned off for the whole stage by apt configuration, also inherited from a parent stage.
    "FROM debian:12-slim AS base\nRUN echo 'APT::Install-Recommends \"false\";' > /etc/apt/apt.conf.d/01norecommends\nFROM base\nRUN apt-get install -y curl\n",
    "FROM debian:12-slim\nRUN cat > /etc/apt/apt.conf.d/99slim <<EOF\nAPT::Install-Recommends \"false\";\nEOF\nRUN apt-get install -y curl\n",
    "FROM debian:12-slim\nARG APT_FLAGS=\"-y --no-install-recommends\"\nRUN apt-get install $APT_FLAGS curl\n",
    // Builder stages never ship.
    "FROM debian:12-slim AS build\nRUN apt-get install -y gcc\nFROM gcr.io/distroless/static\nCOPY --from=build /out /out\n",
    "FROM debian:12-slim\nRUN echo apt-get install curl && apt-get update\n",
    'FROM debian:12-slim\nRUN sh -c "apt-get install -y --no-install-recommends curl"\n',
  ],
  invalid: [
    {
      code: "FROM debian:12-slim\nRUN apt-get update && apt-get install -y curl\n",
      ranges: ["2:23-2:46"],
      output: "FROM debian:12-slim\nRUN apt-get update && apt-get install --no-install-recommends -y curl\n",
      applicability: "unsafe",
      messageIncludes: "`apt-get install`",
    },
    // The configuration only helps the RUNs after it.
    {
      code: "FROM debian:12-slim\nRUN apt-get install -y curl\nRUN echo 'APT::Install-Recommends \"0\";' > /etc/apt/apt.conf.d/01norecommends\n",
      ranges: ["2:5-2:28"],
      output: "FROM debian:12-slim\nRUN apt-get install --no-install-recommends -y curl\nRUN echo 'APT::Install-Recommends \"0\";' > /etc/apt/apt.conf.d/01norecommends\n",
    },
    // A shipped parent stage is reported once, at its own RUN.
    {
      code: "FROM ubuntu:24.04 AS base\nRUN apt install -y curl\nFROM base\nRUN apt-get -y install git\n",
      ranges: ["2:5-2:24", "4:5-4:27"],
      output: "FROM ubuntu:24.04 AS base\nRUN apt install --no-install-recommends -y curl\nFROM base\nRUN apt-get -y install --no-install-recommends git\n",
      messageIncludes: "install`",
    },
    {
      code: "FROM debian:12-slim\nRUN <<EOF\nset -e\napt-get install -y curl\nEOF\n",
      ranges: ["4:1-4:24"],
      output: "FROM debian:12-slim\nRUN <<EOF\nset -e\napt-get install --no-install-recommends -y curl\nEOF\n",
    },
  ],
});
