import { testRule } from "../../testing/rule-tester";
import rule from "./use-lowercase-directive";

testRule(rule, {
  valid: ["# syntax=docker/dockerfile:1\n# escape=`\nFROM alpine:3.20\n", "# SYNTAX is not a directive after an instruction\nFROM alpine:3.20\n# SYNTAX=x\n"],
  invalid: [
    {
      code: "# SYNTAX=docker/dockerfile:1\n# Escape=`\nFROM alpine:3.20\n",
      ranges: ["1:3-1:9", "2:3-2:9"],
      output: "# syntax=docker/dockerfile:1\n# escape=`\nFROM alpine:3.20\n",
      applicability: "safe",
    },
  ],
});
