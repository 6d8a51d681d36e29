import { testRule } from "../../testing/rule-tester";
import rule from "./shell-syntax-error";

testRule(rule, {
  valid: [
    "FROM alpine:3.20\nRUN if true; then echo hi; fi\n",
    "FROM alpine:3.20\nRUN set -e; \\\n    for f in a b; do echo \"$f\"; done\n",
    // PowerShell is not parsed as POSIX shell.
    'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nSHELL ["powershell", "-Command"]\nRUN if ($true) { Write-Host "(" }\n',
    'FROM alpine:3.20\nRUN ["sh", "-c", "echo hi"]\n',
  ],
  invalid: [
    { code: "FROM alpine:3.20\nRUN if true; then echo hi\n", ranges: ["2:5-2:7"], messageIncludes: "`fi`" },
    { code: "FROM alpine:3.20\nRUN echo 'unterminated\n", ranges: ["2:10-2:23"], messageIncludes: "single quote" },
    // The error inside `sh -c "…"` points into the string; the first RUN is still analysed.
    { code: "FROM alpine:3.20\nRUN echo ok\nRUN sh -c \"echo (\"\n", ranges: ["3:17-3:18"] },
    // A heredoc script is parsed as shell, at its own lines.
    { code: "FROM alpine:3.20\nRUN <<EOF\nset -e\ndone\nEOF\n", ranges: ["4:1-4:5"], messageIncludes: "`done`" },
    { code: "FROM alpine:3.20\nRUN apt-get update &&\n", ranges: ["2:20-2:22"], messageIncludes: "not followed by a command" },
  ],
});
