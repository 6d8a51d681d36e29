import { testRule } from "../../testing/rule-tester";
import rule from "./no-privileged";

testRule(rule, {
  valid: ["services:\n  web:\n    image: nginx:1.27\n    privileged: false\n", "services:\n  web:\n    image: nginx:1.27\n"],
  invalid: [
    {
      code: "services:\n  web:\n    image: nginx:1.27\n    privileged: true # needed?\n",
      ranges: ["4:17-4:21"],
      output: "services:\n  web:\n    image: nginx:1.27\n    privileged: false # needed?\n",
      applicability: "unsafe",
      messageIncludes: "`web`",
    },
    // Merge keys bring the setting in from an anchor; the finding points where it is written.
    {
      code: "x-base: &base\n  privileged: true\nservices:\n  web:\n    <<: *base\n    image: nginx:1.27\n",
      ranges: ["2:15-2:19"],
      output: "x-base: &base\n  privileged: false\nservices:\n  web:\n    <<: *base\n    image: nginx:1.27\n",
    },
  ],
});
