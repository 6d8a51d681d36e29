import { testRule } from "../../testing/rule-tester";
import rule from "./no-shared-volumes";

testRule(rule, {
  valid: ["services:\n  a:\n    image: x:1\n    volumes: [\"d:/data\"]\n  b:\n    image: y:1\n    volumes: [\"d:/data:ro\", \"./b:/b\"]\nvolumes:\n  d: {}\n"],
  invalid: [{ code: "services:\n  a:\n    image: x:1\n    volumes: [\"d:/data\"]\n  b:\n    image: y:1\n    volumes:\n      - d:/srv\n", ranges: ["8:9-8:15"], messageIncludes: "`d`" }],
});
