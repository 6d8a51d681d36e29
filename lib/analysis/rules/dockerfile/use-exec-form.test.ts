import { testRule } from "../../testing/rule-tester";
import rule from "./use-exec-form";

testRule(rule, {
  valid: [
    // `exec` replaces the shell with the server, which is then PID 1.
    "FROM alpine:3.20\nCMD exec /usr/local/bin/server --port 8080\n",
    // PowerShell and cmd run shell-form commands that may be no program at all (`Start-Sleep`): Windows images keep them.
    'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nSHELL ["powershell", "-Command"]\nCMD Start-Sleep 100\n',
    "FROM mcr.microsoft.com/windows/nanoserver:ltsc2022\nCMD ping -t localhost\n",
    'FROM node:22\nCMD ["node", "server.js"]\n',
    'FROM node:22\nENTRYPOINT ["tini", "--"]\nCMD ["node"]\n',
    "FROM node:22\nRUN echo hi\n",
  ],
  invalid: [
    // The CMD is the arguments of an ENTRYPOINT (the file's, or postgres' own, which sets up the database only when
    // its first argument is `postgres`): the rewrite changes what the entrypoint receives.
    {
      code: "FROM postgres:16\nCMD postgres -c max_connections=200\n",
      ranges: ["2:5-2:36"],
      output: 'FROM postgres:16\nCMD ["postgres", "-c", "max_connections=200"]\n',
      applicability: "unsafe",
    },
    {
      code: 'FROM debian:12-slim\nENTRYPOINT ["echo"]\nCMD hello world\n',
      ranges: ["3:5-3:16"],
      output: 'FROM debian:12-slim\nENTRYPOINT ["echo"]\nCMD ["hello", "world"]\n',
      applicability: "unsafe",
    },
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
    // A plain shell with options (pipefail) changes nothing for the program: still safe.
    {
      code: 'FROM node:22\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nCMD node server.js\n',
      ranges: ["3:5-3:19"],
      output: 'FROM node:22\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nCMD ["node", "server.js"]\n',
      applicability: "safe",
    },
    // Without the stage's SHELL the program runs outside the conda environment: unsafe, and the message names it.
    {
      code: 'FROM continuumio/miniconda3:24.5.0-0\nSHELL ["conda", "run", "-n", "app", "/bin/bash", "-c"]\nCMD python -m app\n',
      ranges: ["3:5-3:18"],
      output: 'FROM continuumio/miniconda3:24.5.0-0\nSHELL ["conda", "run", "-n", "app", "/bin/bash", "-c"]\nCMD ["python", "-m", "app"]\n',
      applicability: "unsafe",
      messageIncludes: "runs under `conda run -n app /bin/bash -c`, so your process is not PID 1 and never sees SIGTERM from `docker stop`. Write it as a JSON array: `CMD [\"python\", \"-m\", \"app\"]`.",
    },
    // In exec form an ENTRYPOINT also receives the CMD and the run arguments: unsafe.
    {
      code: 'FROM alpine:3.20\nENTRYPOINT /usr/local/bin/server\nCMD ["--debug"]\n',
      ranges: ["2:12-2:33"],
      output: 'FROM alpine:3.20\nENTRYPOINT ["/usr/local/bin/server"]\nCMD ["--debug"]\n',
      applicability: "unsafe",
    },
    // Shell features (variables, operators, assignments, builtins) would be lost: no fix.
    { code: "FROM node:22\nCMD NODE_ENV=production node server.js\n", ranges: ["2:5-2:39"] },
    { code: "FROM python:3.13\nCMD source venv/bin/activate\n", ranges: ["2:5-2:29"] },
    { code: "FROM node:22\nCMD node server.js --port $PORT\n", ranges: ["2:5-2:32"] },
    { code: "FROM node:22\nCMD cd /app && node server.js\n", ranges: ["2:5-2:30"] },
  ],
});
