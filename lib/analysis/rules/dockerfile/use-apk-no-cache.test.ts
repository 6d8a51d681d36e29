import { testRule } from "../../testing/rule-tester";
import rule from "./use-apk-no-cache";

testRule(rule, {
  valid: [
    "FROM alpine:3.20\nRUN apk add --no-cache curl\n",
    "FROM alpine:3.20\nRUN apk --no-cache add curl git\n",
    // The cache is deleted in the same RUN, after the install.
    "FROM alpine:3.20\nRUN apk update && apk add curl && rm -rf /var/cache/apk/*\n",
    "FROM alpine:3.20\nRUN --mount=type=cache,target=/var/cache/apk apk update && apk add curl\n",
    "FROM alpine:3.20\nRUN --mount=type=cache,target=/etc/apk/cache apk add curl\n",
    // Builder stages never ship.
    "FROM alpine:3.20 AS build\nRUN apk add gcc\nFROM scratch\nCOPY --from=build /app /app\n",
    "FROM alpine:3.20\nRUN echo apk add curl && apk info\n",
    "FROM alpine:3.20\nRUN apk add $APK_OPTIONS curl\n",
    "FROM alpine:3.20\nRUN apk add --no-cache --virtual .build-deps gcc && make && apk add --no-network --virtual .rundeps $runDeps && apk del --no-network .build-deps\n",
  ],
  invalid: [
    {
      code: "FROM alpine:3.20\nRUN apk add curl\n",
      ranges: ["2:5-2:17"],
      output: "FROM alpine:3.20\nRUN apk add --no-cache curl\n",
      applicability: "safe",
      messageIncludes: "`apk add`",
    },
    // Deleting the cache before the install does not help.
    {
      code: "FROM alpine:3.20\nRUN rm -rf /var/cache/apk/* && apk add --virtual .deps curl\n",
      ranges: ["2:32-2:60"],
      output: "FROM alpine:3.20\nRUN rm -rf /var/cache/apk/* && apk add --no-cache --virtual .deps curl\n",
    },
    // `apk update` fills the cache even when the install does not.
    {
      code: "FROM alpine:3.20\nRUN apk update && apk add --no-cache curl\n",
      ranges: ["2:5-2:15"],
      output: "FROM alpine:3.20\nRUN apk add --no-cache curl\n",
      applicability: "safe",
      messageIncludes: "`apk update`",
    },
    // Removing the update gives every install of the RUN `--no-cache` (the install's own fix waits for the next pass).
    {
      code: "FROM alpine:3.20\nRUN apk update && apk add curl && apk del --purge .deps && apk add git\n",
      ranges: ["2:5-2:15", "2:19-2:31", "2:60-2:71"],
      output: "FROM alpine:3.20\nRUN apk add --no-cache curl && apk del --purge .deps && apk add --no-cache git\n",
    },
    // No fix while something could still read the index: an upgrade, a later RUN's install without --no-cache.
    {
      code: "FROM alpine:3.20\nRUN apk update && apk upgrade && apk add --no-cache curl\n",
      ranges: ["2:5-2:15"],
    },
    {
      code: "FROM alpine:3.20\nRUN apk update\nRUN apk add curl\n",
      ranges: ["2:5-2:15", "3:5-3:17"],
      output: "FROM alpine:3.20\nRUN apk update\nRUN apk add --no-cache curl\n",
    },
    {
      code: "FROM alpine:3.20\nRUN apk update\nRUN apk add --no-cache curl\n",
      ranges: ["2:5-2:15"],
      output: "FROM alpine:3.20\nRUN apk add --no-cache curl\n",
    },
    {
      code: "FROM alpine:3.20\nRUN sh -c 'apk add -U curl'\n",
      ranges: ["2:12-2:27"],
      output: "FROM alpine:3.20\nRUN sh -c 'apk add --no-cache -U curl'\n",
    },
    {
      code: "FROM alpine:3.20\nRUN <<EOF\nset -e\napk add curl\nEOF\n",
      ranges: ["4:1-4:13"],
      output: "FROM alpine:3.20\nRUN <<EOF\nset -e\napk add --no-cache curl\nEOF\n",
    },
  ],
});
