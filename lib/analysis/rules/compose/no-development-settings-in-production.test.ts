import { testRule } from "../../testing/rule-tester";
import rule from "./no-development-settings-in-production";

testRule(rule, {
  valid: [
    { code: "services:\n  app:\n    build: .\n    environment:\n      - NODE_ENV=development\n    command: npm run dev\n", path: "docker-compose.yml" },
    { code: "services:\n  app:\n    image: acme/app:1\n    environment:\n      NODE_ENV: production\n      DEBUG: \"false\"\n    command: [\"node\", \"server.js\"]\n", path: "compose.prod.yaml" },
    // Debugging turned off, another flag that starts alike, and a file whose name says it is not production.
    { code: "services:\n  app:\n    image: acme/app:1\n    command: [\"node\", \"index.js\", \"--debug=false\", \"--debug-level=warn\"]\n", path: "compose.prod.yaml" },
    { code: "services:\n  app:\n    build: .\n    command: npm run dev\n", path: "docker-compose.non-prod.yml" },
  ],
  invalid: [
    {
      code: "services:\n  app:\n    image: acme/app:1\n    environment:\n      - NODE_ENV=development\n      - DEBUG=1\n    command: uvicorn main:app --reload\n",
      path: "docker-compose.prod.yml",
      ranges: ["5:18-5:29", "6:15-6:16", "7:14-7:39"],
      messageIncludes: "`app`",
    },
  ],
});
