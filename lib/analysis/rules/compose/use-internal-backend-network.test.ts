import { testRule } from "../../testing/rule-tester";
import rule from "./use-internal-backend-network";

testRule(rule, {
  valid: [
    "services: {}\nnetworks:\n  frontend:\n    driver: bridge\n  backend:\n    driver: bridge\n    internal: true # No external access\n",
    "services: {}\nnetworks:\n  db-net:\n    external: true\n",
  ],
  invalid: [{ code: "services: {}\nnetworks:\n  frontend: {}\n  backend:\n    driver: bridge\n  db_network:\n", ranges: ["4:3-4:10", "6:3-6:13"], messageIncludes: "internal: true" }],
});
