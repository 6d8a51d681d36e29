import { testRule } from "../../testing/rule-tester";
import rule from "./no-overridden-instruction";

testRule(rule, {
  valid: [
    'FROM node:22-slim\nENTRYPOINT ["tini", "--"]\nCMD ["node", "server.js"]\nHEALTHCHECK CMD ["node", "check.js"]\n',
    // Each stage has its own CMD.
    'FROM node:22-slim AS build\nCMD ["npm", "test"]\nFROM node:22-slim\nCMD ["node", "server.js"]\n',
  ],
  invalid: [
    {
      code: 'FROM node:22-slim\nCMD ["node", "server.js"]\nCMD ["npm", "start"]\n',
      ranges: ["2:1-2:26"],
      output: 'FROM node:22-slim\nCMD ["npm", "start"]\n',
      applicability: "safe",
      messageIncludes: "line 3",
    },
    {
      code: "FROM nginx:1.27\nHEALTHCHECK CMD curl -f http://localhost/ || exit 1\nHEALTHCHECK \\\n  CMD wget -q -O /dev/null http://localhost/\nENTRYPOINT a\nENTRYPOINT b\nENTRYPOINT c\n",
      ranges: ["2:1-2:52", "5:1-5:13", "6:1-6:13"],
      output: "FROM nginx:1.27\nHEALTHCHECK \\\n  CMD wget -q -O /dev/null http://localhost/\nENTRYPOINT c\n",
    },
  ],
});
