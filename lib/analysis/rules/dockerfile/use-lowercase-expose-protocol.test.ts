import { testRule } from "../../testing/rule-tester";
import rule from "./use-lowercase-expose-protocol";

testRule(rule, {
  valid: ["FROM nginx:1.27\nEXPOSE 80/tcp 53/udp 443\n"],
  invalid: [
    { code: "FROM nginx:1.27\nEXPOSE 80/TCP 53/Udp\n", ranges: ["2:11-2:14", "2:18-2:21"], output: "FROM nginx:1.27\nEXPOSE 80/tcp 53/udp\n", applicability: "safe" },
  ],
});
