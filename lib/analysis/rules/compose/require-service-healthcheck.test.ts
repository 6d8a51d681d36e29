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
  invalid: [
    {
      code: "services:\n  db:\n    image: postgres:17\n  cache:\n    image: redis:7\n",
      ranges: ["2:3-2:5", "4:3-4:8"],
      messageIncludes: "healthcheck",
      output:
        "services:\n  db:\n    image: postgres:17\n    healthcheck:\n      test: [\"CMD-SHELL\", \"pg_isready -U $${POSTGRES_USER:-postgres}\"]\n      interval: 10s\n      timeout: 5s\n      retries: 5\n" +
        "  cache:\n    image: redis:7\n    healthcheck:\n      test: [\"CMD\", \"redis-cli\", \"ping\"]\n      interval: 10s\n      timeout: 5s\n      retries: 5\n",
      applicability: "unsafe",
    },
    // Images whose health only their authors can define get no fix; neither does MongoDB before mongosh.
    { code: "services:\n  web:\n    image: nginx:1.27\n  db:\n    image: mongo:4.4\n", ranges: ["2:3-2:6", "4:3-4:5"] },
    {
      code: "services:\n  db:\n    image: docker.io/library/mongo:8\n",
      ranges: ["2:3-2:5"],
      output: "services:\n  db:\n    image: docker.io/library/mongo:8\n    healthcheck:\n      test: [\"CMD\", \"mongosh\", \"--quiet\", \"--eval\", \"db.adminCommand('ping')\"]\n      interval: 10s\n      timeout: 5s\n      retries: 5\n",
    },
  ],
});
