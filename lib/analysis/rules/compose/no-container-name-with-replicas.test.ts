import { testRule } from "../../testing/rule-tester";
import rule from "./no-container-name-with-replicas";

testRule(rule, {
  valid: ["services:\n  api:\n    image: acme/api:1.8\n    container_name: api\n    deploy:\n      replicas: 1\n"],
  invalid: [
    { code: "services:\n  api:\n    image: acme/api:1.8\n    container_name: api\n    scale: 2\n", ranges: ["4:5-4:19"], messageIncludes: "2 replicas" },
    // The prod file adds the replicas to a name the base file set: the prod file causes the conflict.
    {
      code: "services:\n  api:\n    deploy:\n      replicas: 3\n",
      path: "docker-compose.prod.yml",
      files: { "docker-compose.yml": "services:\n  api:\n    image: acme/api:1.8\n    container_name: api\n" },
      ranges: ["4:7-4:15"],
      messageIncludes: "3 replicas",
    },
  ],
});
