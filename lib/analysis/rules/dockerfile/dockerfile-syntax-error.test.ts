import { testRule } from "../../testing/rule-tester";
import rule from "./dockerfile-syntax-error";

testRule(rule, {
  valid: [
    "FROM alpine:3.20\nRUN echo hi\n",
    "# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN dir `\n  C:\\\n",
    "FROM alpine:3.20\nRUN <<EOF\necho hi\nEOF\n",
    "FROM --platform=$BUILDPLATFORM golang:1.23 as build\nCOPY <<EOF /etc/app.conf\nx\nEOF\n",
    // Substitutions BuildKit supports; the shell's own in RUN; single-quoted and escaped text is not expanded.
    "FROM alpine:3.20\nARG V=1.2.3\nENV A=${V:-x} B=${V%.*} C=${V#1.} D=${V//./-} E=${V:+y}\nRUN echo ${V:0:1}\nLABEL a='${V:=x}' b=\\${V:=x}\n",
  ],
  invalid: [
    { code: "FROM alpine:3.20\nRUNN echo hi\nUSER 1000\n", ranges: ["2:1-2:5"], output: "FROM alpine:3.20\nRUN echo hi\nUSER 1000\n", applicability: "unsafe", messageIncludes: "Did you mean `RUN`?" },
    { code: "FROM debian:12-slim\nRUN apt-get update &&\n    apt-get install -y curl\n", ranges: ["3:5-3:12"], messageIncludes: "end that line with `\\`" },
    { code: "FROM alpine:3.20\nWORKDIR\n", ranges: ["2:1-2:8"], messageIncludes: "needs arguments" },
    { code: "FROM alpine:3.20\nRUN <<EOF\necho hi\n", ranges: ["2:5-2:10"], messageIncludes: "never closed" },
    { code: "# escape=x\nFROM alpine:3.20\n", ranges: ["1:10-1:11"] },
    { code: "FROM alpine:3.20 builder\n", ranges: ["1:18-1:25"], messageIncludes: "`builder` is neither" },
    { code: "FROM alpine:3.20 AS build extra words\n", ranges: ["1:27-1:38"], messageIncludes: "these words are extra" },
    { code: "FROM alpine:3.20 as\n", ranges: ["1:18-1:20"], messageIncludes: "`AS` needs the stage's name" },
    { code: "FROM alpine:3.20 IS build\n", ranges: ["1:18-1:20"], messageIncludes: "the second word must be `AS`" },
    { code: "FROM alpine:3.20\nCOPY app.jar\nADD [\"x.tar\"]\n", ranges: ["2:6-2:13", "3:6-3:13"], messageIncludes: "needs at least a source and a destination" },
    { code: "FROM alpine:3.20\nARG V\nWORKDIR /srv/${V:=app}\nENV \"A=${V:0:3}\"\n", ranges: ["3:14-3:23", "4:8-4:16"], messageIncludes: "do not support the" },
  ],
});
