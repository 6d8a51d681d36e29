import { testRule } from "../../testing/rule-tester";
import rule from "./no-unavailable-healthcheck-tool";

testRule(rule, {
  valid: [
    "FROM node:22-alpine\nHEALTHCHECK CMD wget -q --spider http://localhost:3000/ || exit 1\n",
    "FROM node:22-alpine\nRUN apk add --no-cache curl\nHEALTHCHECK CMD curl -f http://localhost:3000/ || exit 1\n",
    "FROM node:22\nHEALTHCHECK CMD curl -f http://localhost:3000/ || exit 1\n",
    // Unknown base images are not judged.
    "FROM nginx:1.27-alpine\nHEALTHCHECK CMD curl -f http://localhost/ || exit 1\n",
    'FROM gcr.io/distroless/static-debian12\nCOPY --from=build /healthcheck /healthcheck\nHEALTHCHECK CMD ["/healthcheck"]\n',
    // Only the shipped image's HEALTHCHECK matters.
    "FROM alpine:3.20 AS test\nHEALTHCHECK CMD curl -f http://x/\nFROM node:22\n",
  ],
  invalid: [
    {
      code: "FROM node:22-alpine\nHEALTHCHECK CMD curl -f http://localhost:3000/health || exit 1\n",
      ranges: ["2:17-2:21"],
      messageIncludes: "`wget -q --spider <url>`",
    },
    { code: 'FROM python:3.12-slim\nHEALTHCHECK CMD ["wget", "-q", "--spider", "http://localhost/"]\n', ranges: ["2:18-2:24"], messageIncludes: "Install wget" },
    { code: "FROM gcr.io/distroless/static-debian12\nHEALTHCHECK CMD /app --check\n", ranges: ["2:17-2:29"], messageIncludes: "`/bin/sh`" },
    { code: "FROM debian:12-slim AS base\nFROM base\nHEALTHCHECK --interval=10s CMD /usr/bin/curl -f http://localhost/\n", ranges: ["3:32-3:45"] },
  ],
});
