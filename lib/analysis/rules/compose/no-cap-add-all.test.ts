import { testRule } from "../../testing/rule-tester";
import rule from "./no-cap-add-all";

testRule(rule, {
  valid: ["services:\n  web:\n    image: nginx:1.27\n    cap_drop: [ALL]\n    cap_add: [NET_BIND_SERVICE]\n"],
  invalid: [
    { code: "services:\n  vpn:\n    image: acme/vpn:1.0\n    cap_add:\n      - ALL\n      - cap_sys_admin\n", ranges: ["5:9-5:12", "6:9-6:22"], messageIncludes: "`vpn`" },
  ],
});
