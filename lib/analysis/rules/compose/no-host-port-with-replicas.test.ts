import { testRule } from "../../testing/rule-tester";
import rule from "./no-host-port-with-replicas";

testRule(rule, {
  valid: [
    "services:\n  app:\n    image: acme/app:1.4\n    ports: [\"8000-8002:3000\", \"3000\"]\n    deploy:\n      replicas: 3\n",
    "services:\n  app:\n    image: acme/app:1.4\n    ports: [\"80:3000\"]\n    deploy:\n      replicas: 1\n",
  ],
  invalid: [
    { code: "services:\n  app:\n    image: myapp:1.0\n    ports:\n      - \"80:3000\"\n    deploy:\n      replicas: 3\n", ranges: ["5:9-5:18"], messageIncludes: "3 replicas" },
    // The replicas come from the production file; its own port is what clashes there.
    { code: "services:\n  app:\n    ports: [\"80:3000\"]\n", path: "docker-compose.yml", files: { "docker-compose.override.yml": "services:\n  app:\n    scale: 2\n" }, ranges: ["3:13-3:22"] },
  ],
});
