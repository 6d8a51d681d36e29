import { testRule } from "../../testing/rule-tester";
import rule from "./use-apk-virtual";

testRule(rule, {
  valid: [
    "FROM alpine:3.20\nRUN apk add --no-cache --virtual .build-deps gcc musl-dev && make && apk del .build-deps\n",
    "FROM alpine:3.20\nRUN apk add --no-cache -t .deps gcc && apk del .deps\n",
    // Deleting something the add did not install is another matter.
    "FROM alpine:3.20\nRUN apk add --no-cache curl && apk del wget\n",
    "FROM alpine:3.20\nRUN apk add --no-cache gcc\nRUN apk del gcc\n",
    "FROM alpine:3.20\nRUN echo apk add gcc && echo apk del gcc\n",
    "FROM alpine:3.20\nRUN sh -c 'apk add --no-cache -t .deps gcc && apk del .deps'\n",
    // The delete comes before the add.
    "FROM alpine:3.20\nRUN apk del gcc && apk add --no-cache gcc\n",
  ],
  invalid: [
    // Each add is matched with the first later delete that removes one of its packages; the second add has none.
    {
      code: "FROM alpine:3.20\nRUN apk add --no-cache a b && apk del c && apk add --no-cache c && apk del x b\n",
      ranges: ["2:5-2:27"],
      messageIncludes: "`apk del b`",
    },
    {
      code: "FROM alpine:3.20\nRUN apk add --no-cache gcc musl-dev && make && apk del gcc musl-dev\n",
      ranges: ["2:5-2:36"],
      output: "FROM alpine:3.20\nRUN apk add --virtual .build-deps --no-cache gcc musl-dev && make && apk del .build-deps\n",
      applicability: "unsafe",
      messageIncludes: "`apk del gcc musl-dev`",
    },
    // Only part of the packages are removed: reported, but the fix would need two installs.
    {
      code: "FROM alpine:3.20\nRUN apk add --no-cache gcc libstdc++ && make && apk del gcc\n",
      ranges: ["2:5-2:37"],
      messageIncludes: "`apk del gcc`",
    },
    {
      code: "FROM alpine:3.20\nRUN sh -c 'apk add --no-cache gcc && apk del gcc'\n",
      ranges: ["2:12-2:34"],
      output: "FROM alpine:3.20\nRUN sh -c 'apk add --virtual .build-deps --no-cache gcc && apk del .build-deps'\n",
    },
    {
      code: "FROM alpine:3.20\nRUN <<EOF\napk add --no-cache gcc\nmake\napk del --purge gcc\nEOF\n",
      ranges: ["3:1-3:23"],
      output: "FROM alpine:3.20\nRUN <<EOF\napk add --virtual .build-deps --no-cache gcc\nmake\napk del --purge .build-deps\nEOF\n",
    },
  ],
});
