import { testRule } from "../../testing/rule-tester";
import rule from "./require-no-new-privileges";

testRule(rule, {
  valid: [
    // A provider (a model runner) stands in for the service: there is no container to configure.
    "services:\n  ai-runner:\n    provider:\n      type: model\n      options:\n        model: ai/smollm2\n",
    "services:\n  api:\n    image: acme/api:1.8\n    security_opt: [\"no-new-privileges:true\"]\n",
    // The override adds it; the service as Compose runs it has the option.
    { code: "services:\n  api:\n    image: acme/api:1.8\n", files: { "compose.override.yaml": "services:\n  api:\n    security_opt:\n      - no-new-privileges:true\n" } },
  ],
  invalid: [
    {
      code: "services:\n    api:\n        image: acme/api:1.8\n    db:\n        image: postgres:17\n",
      ranges: ["2:5-2:8", "4:5-4:7"],
      output: "services:\n    api:\n        image: acme/api:1.8\n        security_opt:\n            - no-new-privileges:true\n    db:\n        image: postgres:17\n        security_opt:\n            - no-new-privileges:true\n",
      applicability: "unsafe",
    },
    {
      code: "services:\n  api:\n    image: acme/api:1.8\n    security_opt:\n      - label:type:container_t\n",
      ranges: ["2:3-2:6"],
      output: "services:\n  api:\n    image: acme/api:1.8\n    security_opt:\n      - label:type:container_t\n      - no-new-privileges:true\n",
    },
    // An override file that only adds to `api` is not to blame; `worker` is its own.
    {
      code: "services:\n  api:\n    ports: [\"8080:80\"]\n  worker:\n    image: acme/worker:1.8\n",
      path: "compose.override.yaml",
      files: { "compose.yaml": "services:\n  api:\n    image: acme/api:1.8\n" },
      ranges: ["4:3-4:9"],
      output: "services:\n  api:\n    ports: [\"8080:80\"]\n  worker:\n    image: acme/worker:1.8\n    security_opt:\n      - no-new-privileges:true\n",
    },
  ],
});
