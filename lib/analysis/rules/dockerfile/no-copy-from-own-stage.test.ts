import { testRule } from "../../testing/rule-tester";
import rule from "./no-copy-from-own-stage";

testRule(rule, {
  valid: ["FROM golang:1.23 AS build\nFROM alpine:3.20\nCOPY --from=build /a /a\nCOPY --from=0 /b /b\n"],
  invalid: [
    { code: "FROM golang:1.23 AS build\nCOPY --from=build /a /a\n", ranges: ["2:13-2:18"], messageIncludes: "`--from=build`" },
    { code: "FROM golang:1.23 AS build\nFROM alpine:3.20 AS run\nCOPY --from=1 /a /a\nCOPY --from=RUN /b /b\n", ranges: ["3:13-3:14", "4:13-4:16"] },
  ],
});
