import { testRule } from "../../testing/rule-tester";
import rule from "./prefer-sorted-services";

testRule(rule, {
  valid: ["services:\n  api:\n    image: a:1\n  Web:\n    image: b:1\n"],
  invalid: [{ code: "services:\n  web:\n    image: b:1\n  api:\n    image: a:1\n  db:\n    image: c:1\n", ranges: ["4:3-4:6"], messageIncludes: "`api` comes after `web`" }],
});
