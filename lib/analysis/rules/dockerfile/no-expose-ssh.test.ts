import { testRule } from "../../testing/rule-tester";
import rule from "./no-expose-ssh";

testRule(rule, {
  valid: [
    "FROM ubuntu:24.04\nEXPOSE 8080 22/udp 2222\n",
    // A builder stage's EXPOSE does not reach the shipped image.
    "FROM ubuntu:24.04 AS test\nEXPOSE 22\nFROM ubuntu:24.04\nEXPOSE 80\n",
  ],
  invalid: [
    { code: "FROM ubuntu:24.04\nEXPOSE 80 22\n", ranges: ["2:11-2:13"], messageIncludes: "`EXPOSE 22`" },
    { code: "FROM ubuntu:24.04 AS base\nEXPOSE 20-25/tcp\nFROM base\n", ranges: ["2:8-2:17"] },
  ],
});
