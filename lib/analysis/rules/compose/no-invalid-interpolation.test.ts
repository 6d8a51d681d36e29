import { testRule } from "../../testing/rule-tester";
import rule from "./no-invalid-interpolation";

testRule(rule, {
  valid: ["services:\n  web:\n    image: nginx:${TAG:-1.27}\n    command: sh -c 'echo $$HOME ${GREETING:?set it} $USER'\n    environment:\n      PRICE: \"$$5\"\n"],
  invalid: [
    { code: "services:\n  web:\n    image: nginx:${TAG\n", ranges: ["3:18-3:23"], messageIncludes: "never closed" },
    { code: "services:\n  web:\n    command: \"echo ${1} ${A:=b}\"\n", ranges: ["3:20-3:24", "3:25-3:32"], messageIncludes: "not a valid variable reference" },
  ],
});
