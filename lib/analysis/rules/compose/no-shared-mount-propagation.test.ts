import { testRule } from "../../testing/rule-tester";
import rule from "./no-shared-mount-propagation";

testRule(rule, {
  valid: ["services:\n  app:\n    image: acme/app:1.4\n    volumes:\n      - /mnt/data:/data:ro\n"],
  invalid: [
    { code: "services:\n  app:\n    image: acme/app:1.4\n    volumes:\n      - /mnt/data:/data:ro,rshared\n", ranges: ["5:9-5:35"], messageIncludes: "`rshared`" },
    { code: "services:\n  app:\n    image: acme/app:1.4\n    volumes:\n      - type: bind\n        source: /mnt\n        target: /mnt\n        bind:\n          propagation: shared\n", ranges: ["5:9-9:30"] },
  ],
});
