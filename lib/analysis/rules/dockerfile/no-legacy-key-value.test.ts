import { testRule } from "../../testing/rule-tester";
import rule from "./no-legacy-key-value";

testRule(rule, {
  valid: ["FROM node:22-slim\nENV NODE_ENV=production PORT=3000\nLABEL org.opencontainers.image.title=\"api\"\n"],
  invalid: [
    // Under `# escape=\``, quoting would keep the backtick that unquoted it escapes: no fix.
    { code: "# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nENV GREETING hello `world\n", ranges: ["3:5-3:26"] },
    {
      code: "FROM node:22-slim\nENV NODE_ENV production\n",
      ranges: ["2:5-2:24"],
      output: "FROM node:22-slim\nENV NODE_ENV=production\n",
      applicability: "safe",
      messageIncludes: "`ENV NODE_ENV=…`",
    },
    { code: "FROM node:22-slim\nENV PATH /opt/bin:$PATH\nLABEL description A small API\n", ranges: ["2:5-2:24", "3:7-3:30"], output: "FROM node:22-slim\nENV PATH=/opt/bin:$PATH\nLABEL description=\"A small API\"\n" },
    // One quoted word: `=` keeps the same value (the old model split the quotes and offered nothing).
    { code: "FROM node:22-slim\nENV GREETING \"hello world\"\n", ranges: ["2:5-2:27"], output: "FROM node:22-slim\nENV GREETING=\"hello world\"\n", applicability: "safe" },
  ],
});
