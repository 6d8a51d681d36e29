import { testRule } from "../../testing/rule-tester";
import rule from "./no-invalid-container-name";

testRule(rule, {
  valid: ["services:\n  app:\n    image: x:1\n    container_name: my_app.v2-1\n  b:\n    image: x:1\n    container_name: ${NAME}\n"],
  invalid: [{ code: "services:\n  app:\n    image: x:1\n    container_name: -app\n", ranges: ["4:21-4:25"], messageIncludes: "`-app`" }],
});
