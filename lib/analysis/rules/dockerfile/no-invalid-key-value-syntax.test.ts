import { testRule } from "../../testing/rule-tester";
import rule from "./no-invalid-key-value-syntax";

testRule(rule, {
  valid: [
    "FROM node:22-slim\nENV A=1 B=\"two words\" C='it''s' D=\\\"x E=\nLABEL a=b \"c d\"=e\nENV LEGACY value with spaces\nARG NO_DEFAULT\n",
    // The legacy form of LABEL, which BuildKit accepts as it does ENV's: one key, the rest of the line its value.
    'FROM debian:bookworm-slim\nLABEL maintainer "Jessie Frazelle <jess@linux.com>"\n',
  ],
  invalid: [
    { code: "FROM node:22-slim\nENV NODE_ENV\n", ranges: ["2:5-2:13"], messageIncludes: "`ENV NODE_ENV=<value>`" },
    { code: "FROM node:22-slim\nLABEL maintainer\n", ranges: ["2:7-2:17"], messageIncludes: "`LABEL maintainer=<value>`" },
    { code: "FROM node:22-slim\nLABEL description=\"an API\nENV =x\n", ranges: ["2:7-2:26", "3:5-3:7"] },
  ],
});
