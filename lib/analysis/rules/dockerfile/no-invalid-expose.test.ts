import { testRule } from "../../testing/rule-tester";
import rule from "./no-invalid-expose";

testRule(rule, {
  valid: ["FROM nginx:1.27\nEXPOSE 80 443/tcp 53/udp 9000-9010 5000/SCTP\n", "FROM nginx:1.27\nEXPOSE ${PORT} $P/tcp\n"],
  invalid: [
    { code: "FROM nginx:1.27\nEXPOSE 80800\n", ranges: ["2:8-2:13"], messageIncludes: "`80800`" },
    { code: "FROM nginx:1.27\nEXPOSE 80 http 9010-9000 70000/udp\n", ranges: ["2:11-2:15", "2:16-2:25", "2:26-2:35"] },
    { code: "FROM nginx:1.27\nEXPOSE 80/xyz\n", ranges: ["2:11-2:14"], messageIncludes: "`xyz`" },
  ],
});
