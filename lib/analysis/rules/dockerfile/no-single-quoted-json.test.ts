import { testRule } from "../../testing/rule-tester";
import rule from "./no-single-quoted-json";

testRule(rule, {
  valid: ['FROM node:22-slim\nCMD ["node", "server.js"]\n', "FROM node:22-slim\nRUN echo '[a]'\nCMD echo 'hi'\n"],
  invalid: [
    { code: "FROM node:22-slim\nCMD ['node', 'server.js']\n", ranges: ["2:5-2:26"], output: 'FROM node:22-slim\nCMD ["node", "server.js"]\n', applicability: "safe", messageIncludes: "`CMD`" },
    {
      code: "FROM node:22-slim\nHEALTHCHECK --interval=5s CMD ['node','check.js']\nSHELL ['/bin/bash', '-c']\n",
      ranges: ["2:31-2:50", "3:7-3:26"],
      output: 'FROM node:22-slim\nHEALTHCHECK --interval=5s CMD ["node","check.js"]\nSHELL ["/bin/bash", "-c"]\n',
    },
  ],
});
