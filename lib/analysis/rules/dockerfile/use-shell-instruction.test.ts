import { testRule } from "../../testing/rule-tester";
import rule from "./use-shell-instruction";

testRule(rule, {
  valid: ["FROM debian:12-slim\nRUN ln -sf /usr/bin/python3 /usr/bin/python\n", 'FROM debian:12-slim\nSHELL ["/bin/bash", "-c"]\n'],
  invalid: [
    { code: "FROM debian:12-slim\nRUN ln -sf /bin/bash /bin/sh\n", ranges: ["2:5-2:29"], messageIncludes: '`SHELL ["/bin/bash", "-c"]`' },
    { code: "FROM debian:12-slim\nRUN apt-get update && rm /bin/sh && ln -s /bin/bash /bin/sh && echo ok\n", ranges: ["2:37-2:60"] },
  ],
});
