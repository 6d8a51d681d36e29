import { testRule } from "../../testing/rule-tester";
import rule from "./prefer-add-for-local-archive";

testRule(rule, {
  valid: [
    "FROM debian:12-slim\nADD app.tar.gz /opt/\n",
    // ADD does not extract zip files or a lone .gz: no suggestion (hadolint flags unzip too).
    "FROM debian:12-slim\nCOPY app.zip data.json.gz /tmp/\nRUN unzip /tmp/app.zip -d /opt && gunzip /tmp/data.json.gz\n",
    // Extracting in a builder stage costs the final image nothing.
    "FROM debian:12-slim AS build\nCOPY app.tar.gz /tmp/\nRUN tar -xzf /tmp/app.tar.gz -C /opt\nFROM debian:12-slim\nCOPY --from=build /opt /opt\n",
    // Copied but never extracted, or another archive extracted; a bind mount copies nothing.
    "FROM debian:12-slim\nCOPY app.tar.gz /srv/\nRUN tar -tzf /srv/app.tar.gz && tar -xzf /tmp/other.tar.gz\n",
    "FROM debian:12-slim\nRUN --mount=type=bind,source=app.tar.gz,target=/tmp/app.tar.gz tar -xzf /tmp/app.tar.gz -C /opt\n",
    "FROM debian:12-slim\nARG ARCHIVE\nCOPY $ARCHIVE /tmp/\nRUN tar -xzf /tmp/$ARCHIVE\n",
  ],
  invalid: [
    {
      code: "FROM debian:12-slim\nCOPY app.tar.gz /tmp/\nRUN tar -xzf /tmp/app.tar.gz -C /opt && rm /tmp/app.tar.gz\n",
      ranges: ["2:6-2:16"],
      messageIncludes: "`ADD app.tar.gz <directory>/`",
    },
    // Old-style options, a renamed copy, and `--file=`.
    {
      code: "FROM debian:12-slim\nWORKDIR /opt\nCOPY dist/release-1.2.tgz ./pkg.tgz\nRUN tar xzf pkg.tgz\n",
      ranges: ["3:6-3:26"],
      messageIncludes: "line 4",
    },
    {
      code: "FROM alpine:3.20\nCOPY vendor.tar.xz tools.tar /tmp/\nRUN sh -c 'tar --extract --file=/tmp/tools.tar -C /usr/local'\n",
      ranges: ["2:20-2:29"],
    },
  ],
});
