import { testRule } from "../../testing/rule-tester";
import rule from "./require-pids-limit";

testRule(rule, {
  valid: ["services:\n  api:\n    image: acme/api:1.8\n    pids_limit: 100\n"],
  invalid: [{ code: "services:\n  api:\n    image: acme/api:1.8\n    pids_limit: -1\n", ranges: ["2:3-2:6"] }],
});
