import { testRule } from "../../testing/rule-tester";
import rule from "./require-host-ip-on-ports";

testRule(rule, {
  valid: ["services:\n  web:\n    image: nginx:1.27\n    ports:\n      - \"127.0.0.1:8080:80\"\n      - \"80\"\n      - target: 443\n        host_ip: 10.0.0.2\n        published: 443\n"],
  invalid: [{ code: "services:\n  web:\n    image: nginx:1.27\n    ports:\n      - \"8080:80\"\n", ranges: ["5:9-5:18"], messageIncludes: "8080" }],
});
