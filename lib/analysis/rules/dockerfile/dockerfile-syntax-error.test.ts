import { testRule } from "../../testing/rule-tester";
import rule from "./dockerfile-syntax-error";

testRule(rule, {
  valid: [
    "FROM alpine:3.20\nRUN echo hi\n",
    "# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN dir `\n  C:\\\n",
    "FROM alpine:3.20\nRUN <<EOF\necho hi\nEOF\n",
  ],
  invalid: [
    { code: "FROM alpine:3.20\nRUNN echo hi\nUSER 1000\n", ranges: ["2:1-2:5"], output: "FROM alpine:3.20\nRUN echo hi\nUSER 1000\n", applicability: "unsafe", messageIncludes: "Did you mean `RUN`?" },
    { code: "FROM debian:12-slim\nRUN apt-get update &&\n    apt-get install -y curl\n", ranges: ["3:5-3:12"], messageIncludes: "end that line with `\\`" },
    { code: "FROM alpine:3.20\nWORKDIR\n", ranges: ["2:1-2:8"], messageIncludes: "needs arguments" },
    { code: "FROM alpine:3.20\nRUN <<EOF\necho hi\n", ranges: ["2:5-2:10"], messageIncludes: "never closed" },
    { code: "# escape=x\nFROM alpine:3.20\n", ranges: ["1:10-1:11"] },
  ],
});
