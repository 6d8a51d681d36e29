import { testRule } from "../../testing/rule-tester";
import rule from "./require-service-healthcheck";

testRule(rule, {
  valid: [
    // A provider (a model runner) stands in for the service: there is no container to configure.
    "services:\n  ai-runner:\n    provider:\n      type: model\n      options:\n        model: ai/smollm2\n",
    "services:\n  db:\n    image: postgres:17\n    healthcheck:\n      test: [\"CMD-SHELL\", \"pg_isready\"]\n  migrate:\n    image: acme/migrate:1\n    healthcheck:\n      disable: true\n",
    "services:\n  app:\n    build: .\n",
    { code: "services:\n  db:\n    image: postgres:17\n", files: { "compose.override.yaml": "services:\n  db:\n    healthcheck:\n      test: pg_isready\n" } },
  ],
  invalid: [{ code: "services:\n  db:\n    image: postgres:17\n  cache:\n    image: redis:7\n", ranges: ["2:3-2:5", "4:3-4:8"], messageIncludes: "healthcheck" }],
});
