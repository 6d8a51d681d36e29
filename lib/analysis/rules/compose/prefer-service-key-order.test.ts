import { testRule } from "../../testing/rule-tester";
import rule from "./prefer-service-key-order";

testRule(rule, {
  valid: ["services:\n  web:\n    image: nginx:1.27\n    depends_on: [db]\n    environment: {A: b}\n    ports: [\"80:80\"]\n    restart: always\n    x-note: hi\n"],
  invalid: [{ code: "services:\n  web:\n    image: nginx:1.27\n    restart: always\n    ports: [\"80:80\"]\n", ranges: ["5:5-5:10"], messageIncludes: "`ports` comes after `restart`" }],
});
