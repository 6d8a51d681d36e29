import { testRule } from "../../testing/rule-tester";
import rule from "./no-duplicate-container-names";

testRule(rule, {
  valid: ["services:\n  a:\n    image: x:1\n    container_name: a\n  b:\n    image: y:1\n    container_name: b\n"],
  invalid: [{ code: "services:\n  a:\n    image: x:1\n    container_name: app\n  b:\n    image: y:1\n    container_name: \"app\"\n", ranges: ["7:21-7:26"], messageIncludes: "`a`" }],
});
