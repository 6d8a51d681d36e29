import { testRule } from "../../testing/rule-tester";
import rule from "./no-undeclared-secret";

testRule(rule, {
  valid: [
    "services:\n  db:\n    image: postgres:17\n    secrets: [pw]\nsecrets:\n  pw:\n    file: ./pw.txt\n",
    { code: "services:\n  db:\n    secrets: [pw]\n", path: "compose.override.yaml", files: { "compose.yaml": "services:\n  db:\n    image: postgres:17\nsecrets:\n  pw:\n    file: ./pw.txt\n" } },
    // An included file may use the secrets its includer declares: Compose checks the merged project.
    { code: "services:\n  db:\n    image: postgres:17\n    secrets: [pw]\n", path: "db/compose.yaml", files: { "compose.yaml": "include:\n  - db/compose.yaml\nsecrets:\n  pw:\n    file: ./pw.txt\n" } },
    "services:\n  app:\n    build:\n      context: .\n      secrets: [npm_token]\nsecrets:\n  npm_token:\n    environment: NPM_TOKEN\n",
  ],
  invalid: [
    { code: "services:\n  db:\n    image: postgres:17\n    secrets:\n      - pw\n      - source: token\n        target: /run/t\n", ranges: ["5:9-5:11", "6:17-6:22"], messageIncludes: "no top-level `secrets:` declares" },
    { code: "services:\n  app:\n    build:\n      context: .\n      secrets:\n        - npm_token\n", ranges: ["6:11-6:20"] },
    // Declared by a file the review does not say merges this one.
    { code: "services:\n  db:\n    image: postgres:17\n    secrets: [pw]\n", path: "db/compose.yaml", files: { "other.yaml": "secrets:\n  pw:\n    file: ./pw.txt\n" }, ranges: ["4:15-4:17"] },
  ],
});
