import { testRule } from "../../testing/rule-tester";
import rule from "./no-build-and-image";

testRule(rule, {
  valid: ["services:\n  app:\n    build: .\n    image: acme/app:1.4\n    pull_policy: build\n"],
  invalid: [{ code: "services:\n  app:\n    build: .\n    image: acme/app:1.4\n", ranges: ["4:5-4:10"] }],
});
