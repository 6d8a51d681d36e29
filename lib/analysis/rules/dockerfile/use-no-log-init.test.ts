import { testRule } from "../../testing/rule-tester";
import rule from "./use-no-log-init";

testRule(rule, {
  valid: [
    "FROM debian:12-slim\nRUN useradd -u 10001 app\n",
    "FROM debian:12-slim\nRUN useradd -l -u 100000000 app && useradd --no-log-init --uid=2000000 ops\n",
    // Unknown UID: not guessed. A builder stage does not ship its layers.
    "FROM debian:12-slim\nARG UID\nRUN useradd -u $UID app\n",
    "FROM debian:12-slim AS build\nRUN useradd -u 100000000 app\nFROM debian:12-slim\nUSER 10001\n",
    "FROM debian:12-slim\nRUN echo useradd -u 100000000 app\n",
  ],
  invalid: [
    {
      code: "FROM debian:12-slim\nRUN useradd -u 100000000 app\n",
      ranges: ["2:5-2:25"],
      output: "FROM debian:12-slim\nRUN useradd --no-log-init -u 100000000 app\n",
      applicability: "safe",
      messageIncludes: "29,200 MB",
    },
    {
      code: "FROM debian:12-slim\nARG APP_UID=1000000\nRUN groupadd -g 1000 app && sudo useradd -m --uid \"${APP_UID}\" -g app app\n",
      ranges: ["3:34-3:63"],
      output: "FROM debian:12-slim\nARG APP_UID=1000000\nRUN groupadd -g 1000 app && sudo useradd --no-log-init -m --uid \"${APP_UID}\" -g app app\n",
      messageIncludes: "useradd -u 1000000",
    },
  ],
});
