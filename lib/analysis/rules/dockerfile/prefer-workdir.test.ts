import { testRule } from "../../testing/rule-tester";
import rule from "./prefer-workdir";

testRule(rule, {
  valid: [
    // What hadolint users complain about: a cd followed by the commands that need it, a subshell, sh -c.
    "FROM debian:12-slim\nRUN cd /tmp && curl -fsSLO https://x/src.tar.gz && tar -xzf src.tar.gz && cd src && make install && cd / && rm -rf /tmp/src\n",
    "FROM debian:12-slim\nRUN (cd /opt/tool && ./install.sh) && sh -c 'cd /srv && make' && echo cd /app\n",
    // One RUN that starts with cd is a build step, not a missing WORKDIR.
    "FROM golang:1.23\nRUN cd /src/cmd/server && go build -o /server .\nRUN cd /src/cmd/worker && go build -o /worker .\n",
    "FROM debian:12-slim\nRUN <<EOF\ncd /opt\n./build.sh\nEOF\n",
  ],
  invalid: [
    {
      code: "FROM node:22-slim\nRUN cd /app\nCOPY . .\n",
      ranges: ["2:5-2:12"],
      output: "FROM node:22-slim\nWORKDIR /app\nCOPY . .\n",
      applicability: "unsafe",
      messageIncludes: "Use `WORKDIR /app`",
    },
    // Trailing cd after other commands: reported, but the RUN does more than cd, so no fix.
    { code: "FROM node:22-slim\nARG APP=/srv/app\nRUN mkdir -p $APP && cd $APP\n", ranges: ["3:22-3:29"], messageIncludes: "`cd /srv/app`" },
    {
      code: "FROM python:3.12-slim\nCOPY . /app\nRUN cd /app && pip install -r requirements.txt\nRUN cd /app && python manage.py collectstatic --noinput\n",
      ranges: ["3:5-3:12", "4:5-4:12"],
      messageIncludes: "2 `RUN`s of this stage start with `cd /app`",
    },
  ],
});
