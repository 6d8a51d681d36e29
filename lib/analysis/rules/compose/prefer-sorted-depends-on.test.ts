import { testRule } from "../../testing/rule-tester";
import rule from "./prefer-sorted-depends-on";

testRule(rule, {
  valid: ["services:\n  app:\n    image: a:1\n    depends_on:\n      db:\n        condition: service_healthy\n      redis:\n        condition: service_started\n"],
  invalid: [{ code: "services:\n  app:\n    image: a:1\n    depends_on: [redis, db]\n", ranges: ["4:25-4:27"], messageIncludes: "`db` comes after `redis`" }],
});
