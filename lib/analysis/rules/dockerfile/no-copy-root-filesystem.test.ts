import { testRule } from "../../testing/rule-tester";
import rule from "./no-copy-root-filesystem";

testRule(rule, {
  valid: [
    "FROM golang:1.23 AS build\nFROM alpine:3.20\nCOPY --from=build /out/app /app\n",
    "FROM golang:1.23 AS build\nFROM scratch\nCOPY --from=build / /\n",
    "FROM alpine:3.20\nCOPY rootfs/ /\n",
  ],
  invalid: [
    { code: "FROM golang:1.23 AS build\nFROM alpine:3.20\nCOPY --from=build / /\n", ranges: ["3:1-3:22"], messageIncludes: "the stage `build`" },
    { code: "FROM python:3.12-alpine\nCOPY --from=docker:27-cli / /\n", ranges: ["2:1-2:30"], messageIncludes: "the image `docker:27-cli`" },
  ],
});
