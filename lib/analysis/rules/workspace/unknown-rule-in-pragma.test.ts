import { testRule } from "../../testing/rule-tester";
import rule from "./unknown-rule-in-pragma";

testRule(rule, {
  valid: [
    "FROM alpine:3.20\n# hadolint ignore=DL3008,SC2086\nRUN echo hi\n",
    "# check=skip=JSONArgsRecommended,all\nFROM alpine:3.20\n",
    "FROM alpine:3.20\n# shipshape-ignore no-root-user -- runs as root by design\nUSER root\n",
    "FROM alpine:3.20\n# an ordinary comment mentioning hadolint\n",
    { code: "services:\n  db:\n    # shipshape-ignore no-published-database-port -- local only\n    image: postgres:16\n", path: "compose.yaml" },
    // hadolint's forms mean nothing outside Dockerfiles: not read, so not reported.
    { code: "# hadolint ignore=whatever\nnode_modules\n", path: ".dockerignore" },
  ],
  invalid: [
    { code: "FROM alpine:3.20\n# hadolint ignore=DL3007, DL9999\nRUN echo hi\n", ranges: ["2:27-2:33"], messageIncludes: "`DL9999`" },
    { code: "# check=skip=JSONArgsRecomended\nFROM alpine:3.20\n", ranges: ["1:14-1:32"] },
    { code: "FROM alpine:3.20\n# shipshape-ignore-file no-roots -- typo\n", ranges: ["2:25-2:33"] },
    { code: "FROM alpine:3.20\n# hadolint global ignore=crazy # reason\n", ranges: ["2:26-2:31"] },
    { code: "services:\n  db:\n    # shipshape-ignore no-published-db-port -- local only\n    image: postgres:16\n", path: "compose.yaml", ranges: ["3:24-3:44"] },
    { code: "# shipshape-ignore-file require-dockerignore-entry\nnode_modules\n", path: ".dockerignore", ranges: ["1:25-1:51"] },
  ],
});
