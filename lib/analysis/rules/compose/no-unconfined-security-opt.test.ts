import { testRule } from "../../testing/rule-tester";
import rule from "./no-unconfined-security-opt";

testRule(rule, {
  valid: ["services:\n  app:\n    image: acme/app:1.4\n    security_opt:\n      - no-new-privileges:true\n      - seccomp:./profile.json\n"],
  invalid: [
    { code: "services:\n  app:\n    image: acme/app:1.4\n    security_opt: [\"seccomp=unconfined\", label:disable]\n", ranges: ["4:20-4:40", "4:42-4:55"], messageIncludes: "`app`" },
  ],
});
