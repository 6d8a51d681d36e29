import { testRule } from "../../testing/rule-tester";
import rule from "./no-both-curl-and-wget";

testRule(rule, {
  valid: [
    "FROM debian:12-slim\nRUN apt-get update && apt-get install -y curl\nRUN curl -fsSL https://x -o /x\n",
    // The builder downloads with wget; the shipped stage only has curl.
    "FROM alpine:3.20 AS fetch\nRUN wget -q https://x\nFROM debian:12-slim\nRUN apt-get update && apt-get install -y curl\n",
    "FROM debian:12-slim\nRUN apt-get update && apt-get install -y curl wget && curl -o /x https://x && apt-get purge -y --auto-remove curl wget\n",
    "FROM alpine:3.20\nRUN apk add --virtual .fetch curl && curl -o /x https://x && apk del .fetch\nRUN wget -q https://y\n",
  ],
  invalid: [
    { code: "FROM debian:12-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl wget\n", ranges: ["2:71-2:75"], messageIncludes: "`curl` (line 2)" },
    { code: "FROM alpine:3.20 AS base\nRUN wget -q https://x\nFROM base\nRUN curl -o /y https://y\n", ranges: ["4:5-4:9"] },
  ],
});
