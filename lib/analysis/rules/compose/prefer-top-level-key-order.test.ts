import { testRule } from "../../testing/rule-tester";
import rule from "./prefer-top-level-key-order";

testRule(rule, {
  valid: ["x-base: &b {}\nname: shop\nservices: {}\nnetworks: {}\nvolumes: {}\n"],
  invalid: [{ code: "services: {}\nname: shop\nvolumes: {}\n", ranges: ["2:1-2:5"], messageIncludes: "`name` comes after `services`" }],
});
