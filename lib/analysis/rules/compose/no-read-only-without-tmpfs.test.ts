import { testRule } from "../../testing/rule-tester";
import rule from "./no-read-only-without-tmpfs";

testRule(rule, {
  valid: [
    "services:\n  api:\n    image: acme/api:1.8\n    read_only: true\n    tmpfs: /tmp\n",
    "services:\n  api:\n    image: acme/api:1.8\n    read_only: true\n    volumes:\n      - cache:/var/cache/api\nvolumes:\n  cache: {}\n",
  ],
  invalid: [{ code: "services:\n  api:\n    image: acme/api:1.8\n    read_only: true\n", ranges: ["4:16-4:20"], messageIncludes: "`api`" }],
});
