import { testRule } from "../../testing/rule-tester";
import rule from "./no-unused-secret";

testRule(rule, {
  valid: [
    "services:\n  db:\n    image: postgres:17\n    secrets:\n      - source: pw\n        target: db_password\n  app:\n    build:\n      context: .\n      secrets: [npmrc]\nsecrets:\n  pw:\n    file: ./pw.txt\n  npmrc:\n    file: ~/.npmrc\n",
    { code: "services:\n  db:\n    image: postgres:17\nsecrets:\n  pw:\n    file: ./pw.txt\n", files: { "compose.override.yaml": "services:\n  db:\n    secrets: [pw]\n" } },
    // Declared for the files that merge this one: a production overlay, a file that includes it from another directory.
    { code: "services:\n  db:\n    image: postgres:17\nsecrets:\n  pw:\n    file: ./pw.txt\n", files: { "compose.prod.yaml": "services:\n  db:\n    secrets: [pw]\n" } },
    {
      code: "secrets:\n  pw:\n    file: ./pw.txt\n",
      path: "infra/compose.yaml",
      files: { "compose.yaml": "include:\n  - infra/compose.yaml\nservices:\n  db:\n    image: postgres:17\n    secrets: [pw]\n" },
    },
  ],
  invalid: [{ code: "services:\n  db:\n    image: postgres:17\n    secrets: [pw]\nsecrets:\n  pw:\n    file: ./pw.txt\n  api_key:\n    environment: API_KEY\n", ranges: ["8:3-8:10"], messageIncludes: "`api_key`" }],
});
