import { testRule } from "../../testing/rule-tester";
import rule from "./require-cap-drop-all";

testRule(rule, {
  valid: ["services:\n  api:\n    image: acme/api:1.8\n    cap_drop:\n      - all\n"],
  invalid: [{ code: "services:\n  api:\n    image: acme/api:1.8\n    cap_drop: [NET_RAW]\n", ranges: ["2:3-2:6"], messageIncludes: "cap_drop: [ALL]" }],
});
