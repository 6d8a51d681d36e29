import { testRule } from "../../testing/rule-tester";
import rule from "./no-custom-cgroup-parent";

testRule(rule, {
  valid: ["services:\n  app:\n    image: acme/app:1.4\n"],
  invalid: [{ code: "services:\n  app:\n    image: acme/app:1.4\n    cgroup_parent: m-executor-abcd\n", ranges: ["4:5-4:18"] }],
});
