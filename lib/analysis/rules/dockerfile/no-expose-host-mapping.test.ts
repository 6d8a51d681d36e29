import { testRule } from "../../testing/rule-tester";
import rule from "./no-expose-host-mapping";

testRule(rule, {
  valid: ["FROM nginx:1.27\nEXPOSE 80 443/tcp 9000-9010\n"],
  invalid: [
    { code: "FROM nginx:1.27\nEXPOSE 8080:80\n", ranges: ["2:8-2:15"], output: "FROM nginx:1.27\nEXPOSE 80\n", applicability: "safe", messageIncludes: "`8080`" },
    { code: "FROM nginx:1.27\nEXPOSE 127.0.0.1:8080:80/udp 22\n", ranges: ["2:8-2:29"], output: "FROM nginx:1.27\nEXPOSE 80/udp 22\n" },
  ],
});
