import { testRule } from "../../testing/rule-tester";
import rule from "./no-invalid-escape-directive";

testRule(rule, {
  valid: ["# escape=`\nFROM alpine:3.20\n", "# escape=\\\nFROM alpine:3.20\n", "FROM alpine:3.20\n"],
  invalid: [
    { code: "# escape=`\n# escape=`\nFROM alpine:3.20\n", ranges: ["2:1-2:11"], output: "# escape=`\nFROM alpine:3.20\n", applicability: "safe", messageIncludes: "line 1" },
  ],
});
