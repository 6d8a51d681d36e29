import { testRule } from "../../testing/rule-tester";
import rule from "./require-restart-policy";

testRule(rule, {
  valid: [
    // A provider (a model runner) stands in for the service: there is no container to configure.
    "services:\n  ai-runner:\n    provider:\n      type: model\n      options:\n        model: ai/smollm2\n",
    "services:\n  api:\n    image: acme/api:1.8\n    restart: always\n  worker:\n    image: acme/worker:1\n    deploy:\n      restart_policy:\n        condition: on-failure\n",
    { code: "services:\n  api:\n    image: acme/api:1.8\n", files: { "compose.override.yaml": "services:\n  api:\n    restart: unless-stopped\n" } },
  ],
  invalid: [
    {
      code: "services:\n  api:\n    image: acme/api:1.8 # pinned\n  db: {image: postgres:17}\n",
      ranges: ["2:3-2:6", "4:3-4:5"],
      output: "services:\n  api:\n    image: acme/api:1.8 # pinned\n    restart: unless-stopped\n  db: {image: postgres:17}\n",
      applicability: "unsafe",
    },
  ],
});
