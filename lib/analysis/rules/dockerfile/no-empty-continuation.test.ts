import { testRule } from "../../testing/rule-tester";
import rule from "./no-empty-continuation";

testRule(rule, {
  valid: [
    "FROM debian:12-slim\nRUN apt-get update \\\n # comment\n && apt-get install -y curl\n\nCMD [\"bash\"]\n",
    "FROM debian:12-slim\nRUN <<EOF\nset -e\n\necho hi\nEOF\n",
  ],
  invalid: [
    {
      code: "FROM debian:12-slim\nRUN apt-get update \\\n\n  \\\n && apt-get install -y curl\n",
      ranges: ["3:1-4:1"],
      output: "FROM debian:12-slim\nRUN apt-get update \\\n  \\\n && apt-get install -y curl\n",
      applicability: "safe",
      messageIncludes: "`RUN`",
    },
    {
      code: "FROM debian:12-slim\nENV A=1 \\\n   \n    B=2\n",
      ranges: ["3:1-4:1"],
      output: "FROM debian:12-slim\nENV A=1 \\\n    B=2\n",
    },
  ],
});
