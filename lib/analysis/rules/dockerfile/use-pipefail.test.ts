import { testRule } from "../../testing/rule-tester";
import rule from "./use-pipefail";

testRule(rule, {
  valid: [
    'FROM debian:12-slim\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nRUN curl -fsSL https://x | tar -xz\n',
    // Any POSIX shell with pipefail counts (busybox ash, dash 0.5.11+), unlike hadolint.
    'FROM alpine:3.20\nSHELL ["/bin/ash", "-eo", "pipefail", "-c"]\nRUN wget -qO- https://x | tar -xz\n',
    "FROM alpine:3.20\nRUN set -euo pipefail; wget -qO- https://x | tar -xz\n",
    "FROM alpine:3.20\nRUN test -f /a || echo 'a|b' > /x\n",
    // echo and printf cannot fail in a way pipefail would report.
    'FROM debian:12-slim\nRUN echo "$SHA256 *go.tgz" | sha256sum -c - && printf "%s" x|tee /y\n',
    'FROM mcr.microsoft.com/powershell:lts\nSHELL ["pwsh", "-Command"]\nRUN Get-Item x | Select-Object Name\n',
    'FROM debian:12-slim AS base\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nFROM base\nRUN a | b\n',
  ],
  invalid: [
    {
      code: "FROM debian:12-slim\nRUN apt-get update\nRUN curl -fsSL https://x | tar -xz -C /opt\n",
      ranges: ["3:26-3:27"],
      output: 'FROM debian:12-slim\nRUN apt-get update\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nRUN curl -fsSL https://x | tar -xz -C /opt\n',
      applicability: "unsafe",
      messageIncludes: "pipefail",
    },
    {
      code: "FROM node:22-alpine\nRUN wget -qO- https://x |tar -xz\n",
      ranges: ["2:25-2:26"],
      output: "FROM node:22-alpine\nRUN set -o pipefail && wget -qO- https://x |tar -xz\n",
    },
    // Unknown base: no fix, because a SHELL naming a missing bash would break the build.
    { code: "FROM acme/web:1.27\nRUN cat a | gzip > b\n", ranges: ["2:11-2:12"] },
    // Official service images are built on Debian, bash included.
    { code: "FROM nginx:1.27\nRUN cat a | gzip > b\n", ranges: ["2:11-2:12"], output: 'FROM nginx:1.27\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nRUN cat a | gzip > b\n' },
    { code: 'FROM debian:12-slim\nSHELL ["/bin/sh", "-c"]\nRUN a | b\n', ranges: ["3:7-3:8"] },
    { code: "FROM acme/web:1.27\nRUN echo hi | cat && curl -fsSL https://x|sh\n", ranges: ["2:42-2:43"] },
  ],
});
