import { testRule } from "../../testing/rule-tester";
import rule from "./require-healthcheck-timing";

testRule(rule, {
  valid: [
    "FROM nginx:1.27\nHEALTHCHECK --timeout=3s --start-period=10s CMD curl -f http://localhost/\n",
    "FROM nginx:1.27\nHEALTHCHECK NONE\n",
    "FROM nginx:1.27 AS test\nHEALTHCHECK CMD true\nFROM nginx:1.27\n",
  ],
  invalid: [
    { code: "FROM nginx:1.27\nHEALTHCHECK CMD curl -f http://localhost/ || exit 1\n", ranges: ["2:1-2:12"], messageIncludes: "`--timeout=30s` and `--start-period=0s`" },
    { code: "FROM nginx:1.27 AS base\nHEALTHCHECK --timeout=2s CMD [\"/check\"]\nFROM base\n", ranges: ["2:1-2:12"], messageIncludes: "`--start-period=0s`, which rarely fits: a slow start" },
  ],
});
