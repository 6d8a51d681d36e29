import { testRule } from "../../testing/rule-tester";
import rule from "./require-label-schema";

testRule(rule, {
  settings: {
    labelSchema: {
      "org.opencontainers.image.source": "url",
      "org.opencontainers.image.revision": "hash",
      "org.opencontainers.image.created": "rfc3339",
      "org.opencontainers.image.licenses": "spdx",
      "org.opencontainers.image.version": "semver",
      "org.opencontainers.image.authors": "email",
      "org.opencontainers.image.title": "text",
    },
    strictLabels: true,
  },
  valid: [
    [
      "FROM alpine:3.20 AS base",
      "LABEL org.opencontainers.image.source=https://github.com/acme/api org.opencontainers.image.revision=${GIT_SHA}",
      "FROM base",
      'LABEL org.opencontainers.image.created=2025-01-31T12:00:00Z org.opencontainers.image.licenses="MIT OR Apache-2.0" \\',
      "      org.opencontainers.image.version=1.2.3-rc.1 org.opencontainers.image.authors=jane@example.com org.opencontainers.image.title=api",
      "",
    ].join("\n"),
  ],
  invalid: [
    {
      code: "FROM alpine:3.20 AS build\nLABEL org.opencontainers.image.title=x\nFROM alpine:3.20\nLABEL org.opencontainers.image.source=github.com/acme/api org.opencontainers.image.version=v1 org.opencontainers.image.revision=ABC1234 org.opencontainers.image.title= \\\n  org.opencontainers.image.created=yesterday org.opencontainers.image.licenses=\"MIT OR\" org.opencontainers.image.authors=jane extra=1\n",
      ranges: ["4:39-4:58", "4:92-4:94", "4:129-4:136", "4:137-4:168", "5:36-5:45", "5:80-5:88", "5:122-5:126", "5:127-5:132"],
    },
    { code: "FROM alpine:3.20\nLABEL org.opencontainers.image.title=api\n", ranges: ["1:6-1:17"], messageIncludes: "`org.opencontainers.image.source`, `org.opencontainers.image.revision`" },
  ],
});
