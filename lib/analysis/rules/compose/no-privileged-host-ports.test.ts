import { testRule } from "../../testing/rule-tester";
import rule from "./no-privileged-host-ports";

testRule(rule, {
  valid: ["services:\n  web:\n    image: nginx:1.27\n    ports: [\"8080:80\", \"443\"]\n"],
  invalid: [{ code: "services:\n  web:\n    image: nginx:1.27\n    ports: [\"80:80\"]\n", ranges: ["4:13-4:20"], messageIncludes: "port 80" }],
});
