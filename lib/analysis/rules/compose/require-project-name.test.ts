import { testRule } from "../../testing/rule-tester";
import rule from "./require-project-name";

testRule(rule, {
  valid: ["name: shop\nservices: {}\n", { code: "services:\n  web:\n    image: x:1\n", path: "compose.override.yaml", files: { "compose.yaml": "services: {}\n" } }],
  invalid: [{ code: "services:\n  web:\n    image: nginx:1.27\n", ranges: ["1:1-1:1"] }],
});
