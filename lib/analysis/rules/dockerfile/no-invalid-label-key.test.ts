import { testRule } from "../../testing/rule-tester";
import rule from "./no-invalid-label-key";

testRule(rule, {
  valid: [
    "FROM alpine:3.20\nLABEL org.opencontainers.image.title=api maintainer=me version2=1 ${KEY}=x\n",
    // Legacy form: the words after the key are its value, not more keys.
    'FROM alpine:3.20\nLABEL maintainer "Jessie Frazelle <jess@linux.com>"\n',
  ],
  invalid: [
    {
      code: "FROM alpine:3.20\nLABEL Maintainer=jane@example.com\n",
      ranges: ["2:7-2:17"],
      output: "FROM alpine:3.20\nLABEL maintainer=jane@example.com\n",
      applicability: "unsafe",
      messageIncludes: "`Maintainer`",
    },
    {
      // A value continued on the next line: the key's range and the fix stay on the key.
      code: 'FROM alpine:3.20\nLABEL Description="a \\\n  b" Other=x\\\ny\n',
      ranges: ["2:7-2:18", "3:6-3:11"],
      output: 'FROM alpine:3.20\nLABEL description="a \\\n  b" other=x\\\ny\n',
    },
    { code: "FROM alpine:3.20\nLABEL com.docker.thing=1 a..b=2 9lives=3 trailing-=4\n", ranges: ["2:7-2:23", "2:26-2:30", "2:33-2:39", "2:42-2:51"] },
  ],
});
