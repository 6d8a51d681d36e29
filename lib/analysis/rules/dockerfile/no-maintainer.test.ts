import { testRule } from "../../testing/rule-tester";
import rule from "./no-maintainer";

testRule(rule, {
  valid: ["FROM alpine:3.20\nLABEL org.opencontainers.image.authors=\"Jane\"\n"],
  invalid: [
    // Under a backtick escape, the fix's `\"` would end the string: no fix for a name with quotes.
    { code: '# escape=`\nFROM alpine:3.20\nMAINTAINER Jane "JD" Doe\n', ranges: ["3:1-3:25"] },
    {
      code: "FROM alpine:3.20\nMAINTAINER Jane Doe <jane@example.com>\n",
      ranges: ["2:1-2:39"],
      output: 'FROM alpine:3.20\nLABEL org.opencontainers.image.authors="Jane Doe <jane@example.com>"\n',
      applicability: "safe",
    },
    {
      code: 'FROM alpine:3.20\nmaintainer "Jane" <jane@example.com>\n',
      ranges: ["2:1-2:37"],
      output: 'FROM alpine:3.20\nLABEL org.opencontainers.image.authors="\\"Jane\\" <jane@example.com>"\n',
    },
    // A `$` would be expanded inside LABEL, so no fix is offered.
    { code: "FROM alpine:3.20\nMAINTAINER $AUTHOR\n", ranges: ["2:1-2:19"] },
  ],
});
