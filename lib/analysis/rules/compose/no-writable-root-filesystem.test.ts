import { testRule } from "../../testing/rule-tester";
import rule from "./no-writable-root-filesystem";

testRule(rule, {
  valid: ["services:\n  api:\n    image: acme/api:1.8\n    read_only: true\n"],
  invalid: [{ code: "services:\n  api:\n    image: acme/api:1.8\n    read_only: false\n", ranges: ["2:3-2:6"] }],
});
