import { testRule } from "../../testing/rule-tester";
import rule from "./no-invalid-stopsignal";

testRule(rule, {
  valid: ["FROM nginx:1.27\nSTOPSIGNAL SIGQUIT\n", "FROM x:1\nSTOPSIGNAL 9\n", "FROM x:1\nSTOPSIGNAL term\n", "FROM x:1\nSTOPSIGNAL SIGRTMIN+3\n", "FROM x:1\nSTOPSIGNAL $SIG\n"],
  invalid: [
    { code: "FROM nginx:1.27\nSTOPSIGNAL SIGGRACEFUL\n", ranges: ["2:12-2:23"], messageIncludes: "`SIGGRACEFUL`" },
    { code: "FROM nginx:1.27\nSTOPSIGNAL 99\n", ranges: ["2:12-2:14"] },
  ],
});
