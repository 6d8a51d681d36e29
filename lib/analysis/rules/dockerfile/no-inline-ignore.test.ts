import { testRule } from "../../testing/rule-tester";
import rule from "./no-inline-ignore";

testRule(rule, {
  valid: [
    "FROM debian:12-slim\nRUN echo hi\n",
    // File-wide forms and Docker's own check directive are configuration, not inline exceptions.
    "# hadolint global ignore=DL3008\nFROM debian:12-slim\nRUN echo hi\n",
    "# check=skip=JSONArgsRecommended\nFROM debian:12-slim\nCMD echo hi\n",
    "# shipshape-ignore-file no-root-user -- a CI image\nFROM debian:12-slim\nRUN echo hi\n",
    // An ordinary comment.
    "FROM debian:12-slim\n# install the tools\nRUN echo hi\n",
  ],
  invalid: [
    { code: "FROM debian:12-slim\n# hadolint ignore=DL3008,DL3015\nRUN apt-get install -y curl\n", ranges: ["2:1-2:32"], messageIncludes: "# hadolint ignore=DL3008,DL3015" },
    { code: "FROM debian:12-slim\n# shipshape-ignore no-sudo -- needed here\nRUN sudo true\n", ranges: ["2:1-2:42"] },
    { code: "# hadolint stage ignore=DL3002\nFROM debian:12-slim\nUSER root\n", ranges: ["1:1-1:31"] },
  ],
});
