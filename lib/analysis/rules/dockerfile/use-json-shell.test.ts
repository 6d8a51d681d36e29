import { testRule } from "../../testing/rule-tester";
import rule from "./use-json-shell";

testRule(rule, {
  valid: ['FROM debian:12-slim\nSHELL ["/bin/bash", "-c"]\n'],
  invalid: [
    {
      code: "FROM debian:12-slim\nSHELL /bin/bash -o pipefail -c\n",
      ranges: ["2:7-2:31"],
      output: 'FROM debian:12-slim\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\n',
      applicability: "safe",
      messageIncludes: "not a JSON array",
    },
    { code: "FROM debian:12-slim\nSHELL\n", ranges: ["2:1-2:6"], messageIncludes: "needs a JSON array" },
  ],
});
