import { testRule } from "../../testing/rule-tester";
import rule from "./use-consistent-instruction-casing";

testRule(rule, {
  valid: ["FROM alpine:3.20\nRUN true\n", "from alpine:3.20\nrun true\n"],
  invalid: [
    {
      code: "FROM alpine:3.20\nrun apk add --no-cache curl\nCMD [\"sh\"]\n",
      ranges: ["2:1-2:4"],
      output: "FROM alpine:3.20\nRUN apk add --no-cache curl\nCMD [\"sh\"]\n",
      applicability: "safe",
      messageIncludes: "`RUN`",
    },
    { code: "from alpine:3.20\nrun true\nCopy a /a\nENV A=1\n", ranges: ["3:1-3:5", "4:1-4:4"], output: "from alpine:3.20\nrun true\ncopy a /a\nenv A=1\n" },
  ],
});
