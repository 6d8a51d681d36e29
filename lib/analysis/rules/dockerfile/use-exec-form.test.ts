import { testRule } from "../../testing/rule-tester";
import rule from "./use-exec-form";

testRule(rule, {
  valid: [
    // PowerShell and cmd run shell-form commands that may be no program at all (`Start-Sleep`): Windows images keep them.
    'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nSHELL ["powershell", "-Command"]\nCMD Start-Sleep 100\n',
    "FROM mcr.microsoft.com/windows/nanoserver:ltsc2022\nCMD ping -t localhost\n",
    'FROM node:22\nCMD ["node", "server.js"]\n',
    'FROM node:22\nENTRYPOINT ["tini", "--"]\nCMD ["node"]\n',
    "FROM node:22\nRUN echo hi\n",
  ],
  invalid: [
    {
      code: "FROM node:22\nCMD node server.js\n",
      ranges: ["2:5-2:19"],
      output: 'FROM node:22\nCMD ["node", "server.js"]\n',
      applicability: "safe",
      messageIncludes: "`CMD`",
    },
    {
      code: "FROM node:22\nENTRYPOINT /usr/bin/tini -- node\n",
      ranges: ["2:12-2:33"],
      output: 'FROM node:22\nENTRYPOINT ["/usr/bin/tini", "--", "node"]\n',
    },
    // Shell features (variables, operators) would be lost: no fix.
    { code: "FROM node:22\nCMD node server.js --port $PORT\n", ranges: ["2:5-2:32"] },
    { code: "FROM node:22\nCMD cd /app && node server.js\n", ranges: ["2:5-2:30"] },
  ],
});
