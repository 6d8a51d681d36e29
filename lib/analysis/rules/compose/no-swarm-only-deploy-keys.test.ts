import { testRule } from "../../testing/rule-tester";
import rule from "./no-swarm-only-deploy-keys";

testRule(rule, {
  valid: ["services:\n  app:\n    image: x:1\n    deploy:\n      replicas: 2\n      resources:\n        limits:\n          memory: 1G\n      restart_policy:\n        condition: on-failure\n"],
  invalid: [
    { code: "services:\n  app:\n    image: x:1\n    deploy:\n      placement:\n        constraints: [node.role == manager]\n      update_config:\n        parallelism: 1\n", ranges: ["5:7-5:16", "7:7-7:20"], messageIncludes: "docker stack deploy" },
  ],
});
