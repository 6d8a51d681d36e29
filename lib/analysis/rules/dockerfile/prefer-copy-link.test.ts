import { testRule } from "../../testing/rule-tester";
import rule from "./prefer-copy-link";

const BUILD = "FROM golang:1.23 AS build\nRUN go build -o /out/app .\n";

testRule(rule, {
  valid: [
    `${BUILD}FROM alpine:3.20\nCOPY --link --from=build /out/app /app\n`,
    // An explicit opt-out, a copy from the context.
    `${BUILD}FROM alpine:3.20\nCOPY --link=false --from=build /out/app /app\nCOPY app.conf /etc/\n`,
    // Destinations under directories that are symlinks in merged-/usr images; a named --chown fails with --link.
    `${BUILD}FROM debian:12-slim\nCOPY --from=build /out/lib.so /lib/x86_64-linux-gnu/\nCOPY --from=build --chown=app:app /out/app /app\n`,
    // A stage the build does not run.
    "FROM alpine:3.20 AS unused\nCOPY --from=nginx:1.27 /etc/nginx /etc/nginx\nFROM alpine:3.20\n",
  ],
  invalid: [
    {
      code: `${BUILD}FROM alpine:3.20\nCOPY --from=build --chown=10001:10001 /out/app /app\n`,
      ranges: ["4:6-4:18"],
      output: `${BUILD}FROM alpine:3.20\nCOPY --link --from=build --chown=10001:10001 /out/app /app\n`,
      applicability: "unsafe",
      messageIncludes: "`COPY --from=build` without `--link`",
    },
    {
      code: "FROM alpine:3.20\nCOPY --chown=root --from=nginx:1.27 /etc/nginx/nginx.conf /etc/nginx/\n",
      ranges: ["2:19-2:36"],
      output: "FROM alpine:3.20\nCOPY --chown=root --link --from=nginx:1.27 /etc/nginx/nginx.conf /etc/nginx/\n",
      applicability: "unsafe",
      messageIncludes: "`COPY --from=nginx:1.27`",
    },
  ],
});
