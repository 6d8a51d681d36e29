import { testRule } from "../../testing/rule-tester";
import rule from "./no-env-self-reference";

testRule(rule, {
  valid: [
    "FROM alpine:3.20\nENV APP_HOME=/srv/app\nENV APP_BIN=$APP_HOME/bin\n",
    "FROM alpine:3.20\nENV PATH=/opt/bin:$PATH LANG=C.UTF-8\n",
    "FROM alpine:3.20\nENV A=1 B=\\$A C='$A'\n",
  ],
  invalid: [
    {
      code: "FROM alpine:3.20\nENV APP_HOME=/srv/app APP_BIN=$APP_HOME/bin\n",
      ranges: ["2:31-2:40"],
      output: "FROM alpine:3.20\nENV APP_HOME=/srv/app\nENV APP_BIN=$APP_HOME/bin\n",
      applicability: "unsafe",
      messageIncludes: "is empty",
    },
    {
      code: "FROM alpine:3.20\nENV V=1\nENV V=2 URL=https://x/${V}/a\n",
      ranges: ["3:23-3:27"],
      output: "FROM alpine:3.20\nENV V=1\nENV V=2\nENV URL=https://x/${V}/a\n",
      messageIncludes: "previous value",
    },
    { code: "FROM alpine:3.20\nENV A=1 \\\n    B=$A\n", ranges: ["3:7-3:9"] },
  ],
});
