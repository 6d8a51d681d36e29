import { testRule } from "../../testing/rule-tester";
import rule from "./no-unknown-build-target";

const dockerfile = "FROM node:22-slim AS Build\nRUN npm ci\nFROM nginx:1.27 AS runtime\n";

testRule(rule, {
  valid: [
    { code: "services:\n  web:\n    build:\n      context: .\n      target: build\n", path: "compose.yaml", files: { Dockerfile: dockerfile } },
    // Without the Dockerfile in the review, nothing can be said.
    { code: "services:\n  web:\n    build:\n      context: .\n      target: nope\n", path: "compose.yaml" },
  ],
  invalid: [
    {
      code: "services:\n  web:\n    build:\n      context: ./web\n      dockerfile: Dockerfile.prod\n      target: production\n",
      path: "compose.yaml",
      files: { "web/Dockerfile.prod": dockerfile },
      ranges: ["6:15-6:25"],
      messageIncludes: "web/Dockerfile.prod does not define",
    },
  ],
});
