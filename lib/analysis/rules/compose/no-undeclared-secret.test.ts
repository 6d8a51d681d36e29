import { testRule } from "../../testing/rule-tester";
import rule from "./no-undeclared-secret";

testRule(rule, {
  valid: [
    "services:\n  db:\n    image: postgres:17\n    secrets: [pw]\nsecrets:\n  pw:\n    file: ./pw.txt\n",
    { code: "services:\n  db:\n    secrets: [pw]\n", path: "compose.override.yaml", files: { "compose.yaml": "services:\n  db:\n    image: postgres:17\nsecrets:\n  pw:\n    file: ./pw.txt\n" } },
  ],
  invalid: [{ code: "services:\n  db:\n    image: postgres:17\n    secrets:\n      - pw\n      - source: token\n        target: /run/t\n", ranges: ["5:9-5:11", "6:17-6:22"], messageIncludes: "no top-level `secrets:` declares" }],
});
